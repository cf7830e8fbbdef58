using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alba;
using Governance.Testing;
using Npgsql;

namespace Governance.Host.Tests.Infrastructure;

/// <summary>
/// The OpenAPI document is a contract that tools no one here wrote can rely on (docs/api.md "The OpenAPI document"):
/// Redocly lints it without an error; Kiota generates a C# client and openapi-typescript a TypeScript one, both
/// compile, and each drives the real host over TCP (register a programme, log a decision with dates, read it back,
/// page the log); and Ajv finds every JSON answer of every GET conforming to the schema the document states for it.
/// The tools are installed by test.sh (scripts/contract-tools.sh); a missing one fails the test, it is never skipped.
/// </summary>
public class the_openapi_document_is_a_contract(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task every_json_answer_of_every_get_conforms_to_its_schema_under_ajv()
    {
        var ids = await SeedAProgrammeWithSomethingOfEverything();
        var document = await Host.GetAsJson<JsonElement>("/openapi/v1.json");
        Guid[] actors = [People.Director, People.Facilitator, People.Administrator];

        var answers = new List<object>();
        var failures = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get)) continue;
            var json = get.GetProperty("responses").GetProperty("200").TryGetProperty("content", out var content)
                       && content.TryGetProperty("application/json", out _);
            if (!json) continue; // files (CSV, XLSX, iCalendar) are read by their own independent readers
            var url = Regex.Replace(path.Name, "{([^}]+)}", m => ids.TryGetValue(m.Groups[1].Value, out var id) ? id : m.Value);
            if (url.Contains('{')) { failures.Add($"GET {path.Name}: no id to fill in"); continue; }
            if (path.Name == "/api/reflection-sessions") url += "?facilitator=" + Uri.EscapeDataString(ReflectionFacilitator);

            IScenarioResult? answer = null;
            foreach (var actor in actors)
            {
                ActAs(actor);
                answer = await Host.Scenario(s => { s.Get.Url(url); s.IgnoreStatusCode(); });
                if (answer.Context.Response.StatusCode is not (403 or 404)) break;
            }
            var status = answer!.Context.Response.StatusCode;
            if (status != 200) failures.Add($"GET {path.Name}: {status} {await answer.ReadAsTextAsync()}");
            answers.Add(Answer(path.Name, status, answer.Context.Response.ContentType, await answer.ReadAsTextAsync()));
        }
        // Problem answers are part of the contract too: a bad sort (400), an unknown decision (404).
        ActAs(People.Director);
        foreach (var (template, url) in new[]
                 {
                     ("/api/programmes/{programmeId}/decisions", $"/api/programmes/{ids["programmeId"]}/decisions?sort=bogus"),
                     ("/api/programmes/{programmeId}/decisions/{decisionId}", $"/api/programmes/{ids["programmeId"]}/decisions/{Guid.NewGuid()}"),
                 })
        {
            var problem = await Host.Scenario(s => { s.Get.Url(url); s.IgnoreStatusCode(); });
            answers.Add(Answer(template, problem.Context.Response.StatusCode, problem.Context.Response.ContentType, await problem.ReadAsTextAsync()));
        }

        var documentFile = await IndependentReaders.SaveTemporarily(JsonSerializer.SerializeToUtf8Bytes(document), ".json");
        var answersFile = await IndependentReaders.SaveTemporarily(JsonSerializer.SerializeToUtf8Bytes(answers), ".json");
        var verdict = await IndependentReaders.Node("conform.mjs", documentFile, answersFile);
        failures.AddRange(verdict.GetProperty("failures").EnumerateArray().Select(f => f.GetString()!));
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        verdict.GetProperty("checked").GetInt32().ShouldBeGreaterThanOrEqualTo(30);
    }

    [Fact]
    public async Task redocly_finds_no_error_and_clients_generated_by_kiota_and_openapi_typescript_drive_the_real_host()
    {
        await using var host = await RealHost.Start();
        var document = await host.Http.GetByteArrayAsync("/openapi/v1.json");
        var documentFile = await IndependentReaders.SaveTemporarily(document, ".json");
        var contract = IndependentReaders.ContractFolder;

        var lint = JsonDocument.Parse(await IndependentReaders.Command(Path.Combine(contract, "node_modules", ".bin", "redocly"),
            ["lint", documentFile, "--format=json"], contract, acceptExitCodes: [0, 1])).RootElement;
        lint.GetProperty("totals").GetProperty("errors").GetInt32().ShouldBe(0, lint.GetProperty("problems").ToString());

        // C#: Kiota (a .NET tool pinned in dotnet-tools.json) generates the client, a small program uses it.
        var kiotaProject = Path.Combine(contract, "kiota-client");
        await IndependentReaders.Command("dotnet", ["tool", "run", "kiota", "generate", "-l", "CSharp", "-d", documentFile,
            "-o", Path.Combine(kiotaProject, "Generated"), "-n", "Governance.Client", "-c", "GovernanceClient", "--clean-output", "--log-level", "Error"], RepositoryRoot);
        await IndependentReaders.Command("dotnet", ["build", kiotaProject, "-c", "Release", "--nologo", "-v", "quiet", "-clp:ErrorsOnly"], RepositoryRoot);
        var kiota = JsonDocument.Parse(await IndependentReaders.Command("dotnet",
            [Path.Combine(kiotaProject, "bin", "Release", "net10.0", "KiotaClientCheck.dll"), host.BaseAddress, host.Administrator.ToString()], kiotaProject)).RootElement;

        // TypeScript: openapi-typescript types the paths, tsc --strict compiles the script (noEmitOnError), node runs it.
        var typed = Path.Combine(contract, "typed-client");
        await IndependentReaders.Command(Path.Combine(contract, "node_modules", ".bin", "openapi-typescript"),
            [documentFile, "-o", Path.Combine(typed, "generated", "api.d.ts")], contract);
        await IndependentReaders.Command(Path.Combine(contract, "node_modules", ".bin", "tsc"), ["-p", typed], contract);
        var typescript = JsonDocument.Parse(await IndependentReaders.Command("node",
            [Path.Combine(typed, "out", "client.js"), host.BaseAddress, host.Administrator.ToString()], contract)).RootElement;

        foreach (var (client, result) in new[] { ("kiota", kiota), ("typescript", typescript) })
        {
            result.GetProperty("decidedOn").GetString().ShouldBe("2024-03-11", client);
            result.GetProperty("reviewOn").GetString().ShouldBe("2024-09-30", client);
            result.GetProperty("pageCount").GetInt32().ShouldBe(1, client);
            result.GetProperty("pageFirst").GetString().ShouldBe(result.GetProperty("decisionId").GetString(), client);
            DateTimeOffset.Parse(result.GetProperty("loggedAt").GetString()!).Year.ShouldBeGreaterThanOrEqualTo(2026, client);
        }
        typescript.GetProperty("eTag").GetString().ShouldBe("\"1\"");
        typescript.GetProperty("totalCount").GetString().ShouldBe("1");
        // The Location of the created decision is where the client read it back.
        var location = typescript.GetProperty("location").GetString()!;
        (await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, location)
        {
            Headers = { { AppFixture.DemoPersonHeader, host.Administrator.ToString() } },
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>
    /// The users are Dutch civil servants and integrators: every operation carries a Dutch summary from its doc
    /// comment, never Wolverine's placeholder (<c>POST_api_programmes</c>) nor an English sentence.
    /// </summary>
    [Fact]
    public async Task every_operation_has_a_dutch_summary_from_its_doc_comment()
    {
        var document = await Host.GetAsJson<JsonElement>("/openapi/v1.json");
        var failures = new List<string>();
        var operations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            operations++;
            var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
            var summary = operation.Value.TryGetProperty("summary", out var s) ? s.GetString() : null;
            var description = operation.Value.TryGetProperty("description", out var d) ? d.GetString() : null;
            if (string.IsNullOrWhiteSpace(summary)) failures.Add($"{name}: no summary");
            else if (Regex.IsMatch(summary, "^(GET|POST|PUT|PATCH|DELETE|HEAD)_")) failures.Add($"{name}: placeholder summary {summary}");
            else if (EnglishOpening.IsMatch(summary) || EnglishWord.IsMatch(summary + " " + description))
                failures.Add($"{name}: reads as English: {summary}");
        }
        operations.ShouldBeGreaterThan(100);
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    /// <summary>Verbs an English doc comment opens with, and words Dutch never uses.</summary>
    private static readonly Regex EnglishOpening = new(
        "^(Records?|Gets?|Lists?|Returns?|Sets?|Marks?|Registers?|Adds?|Takes?|Moves?|Names?|Schedules?|Captures?|Cancels?|Grants?|Revokes?|"
        + "Logs?|Withdraws?|Changes?|Corrects?|Deactivates?|Gives?|Runs?|Issues?|Creates?|Updates?|Deletes?|Removes?|Reads?|The|A|An|All|One|Every)\\b");
    private static readonly Regex EnglishWord = new(@"\b(the|and|with|answers|which|their|its|when|who)\b", RegexOptions.IgnoreCase);

    /// <summary>
    /// <c>audit?type=</c> takes the name of an event type a programme's trail can hold: the document lists them as
    /// the parameter's enum (on the trail and its two exports), each listed one is accepted, and anything else — an
    /// unknown name, a name in other case, a control character — is a 400 naming <c>type</c>.
    /// </summary>
    [Fact]
    public async Task the_audit_type_filter_lists_the_event_types_it_accepts_and_refuses_any_other_naming_type()
    {
        var document = await Host.GetAsJson<JsonElement>("/openapi/v1.json");
        string[] TypeValues(string path) => document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "type")
            .GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();
        var values = TypeValues("/api/programmes/{programmeId}/audit");
        values.ShouldContain("DecisionLogged");
        values.ShouldContain("PartnerJoined");
        values.ShouldBe(typeof(Governance.Domain.Common.IProgrammeEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Governance.Domain.Common.IProgrammeEvent).IsAssignableFrom(t))
            .Select(t => t.Name).Order(StringComparer.Ordinal).ToArray());
        TypeValues("/api/programmes/{programmeId}/exports/audit.csv").ShouldBe(values);
        TypeValues("/api/programmes/{programmeId}/exports/audit.json").ShouldBe(values);

        var programmeId = await App.RegisterProgramme(People);
        await Host.AddPartner(programmeId);
        foreach (var value in values)
        {
            var answer = await Host.Scenario(s => { s.Get.Url($"/api/programmes/{programmeId}/audit?type={value}"); s.IgnoreStatusCode(); });
            answer.Context.Response.StatusCode.ShouldBe(200, value);
        }
        var joined = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/audit?type=PartnerJoined");
        joined.EnumerateArray().ShouldHaveSingleItem().GetProperty("eventType").GetString().ShouldBe("PartnerJoined");
        foreach (var bogus in new[] { "bogus", "partnerJoined", "PartnerJoined%00", "Partner%07Joined", "PersonRegistered" })
        {
            var refused = await Host.Scenario(s => { s.Get.Url($"/api/programmes/{programmeId}/audit?type={bogus}"); s.IgnoreStatusCode(); });
            refused.Context.Response.StatusCode.ShouldBe(400, bogus);
            (await refused.ReadJson()).GetProperty("errors").TryGetProperty("type", out _).ShouldBeTrue(bogus);
        }
    }

    private const string ReflectionFacilitator = "Petra Procesbegeleider";

    private static object Answer(string path, int status, string? contentType, string body) => new
    {
        method = "GET", path, status, contentType,
        body = string.IsNullOrEmpty(body) ? (JsonElement?)null : JsonSerializer.Deserialize<JsonElement>(body),
    };

    /// <summary>
    /// A programme with one of everything the API creates (<see cref="OneOfEverything"/>), a decision, a planned and a
    /// held session and a joint session: the ids every GET route names.
    /// </summary>
    private async Task<Dictionary<string, string>> SeedAProgrammeWithSomethingOfEverything()
    {
        var programmeId = await App.RegisterProgramme(People);
        var ids = (await OneOfEverything.Create(App, People, programmeId)).RouteIds();
        var vws = Guid.Parse(ids["partnerId"]);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        ActAs(People.Facilitator);
        await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-03-20T14:00"));
        var held = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-03-10T14:00"));
        var sameOpdrachtgever = await App.RegisterProgramme(People);
        await Host.AddPartner(sameOpdrachtgever);
        ActAs(People.Facilitator);
        var joint = ReflectionSamples.Session("2026-03-12T14:00");
        joint["programmeIds"] = new[] { programmeId, sameOpdrachtgever };
        var jointSessionId = await Host.Create("/api/joint-reflection-sessions", joint);
        App.Clock.Advance(NodaTime.Duration.FromDays(10));
        await Host.PostCommand($"/api/programmes/{programmeId}/reflection-sessions/{held}/held", new
        {
            attendees = new[] { ReflectionFacilitator }, attendingPersonIds = new[] { People.Facilitator },
            questionsAddressed = new[] { "samenLeren" }, outcomes = "Lessen", confidentialNotes = "Alleen voor de deelnemers",
        }, 204);
        // Values a source did not give (issue 17 §6) answer as null: the schemas must allow them.
        var withoutEnd = Samples.Programme();
        withoutEnd.Remove("plannedEndDate");
        await App.RegisterProgramme(People, withoutEnd);
        ActAs(People.Opdrachtgever);
        await Host.PostTo($"/api/programmes/{programmeId}/funding", new { committedByPartnerId = vws, from = "2026-01-01", kind = "tijdelijk" }, 201);
        await Host.EstablishBody(programmeId, new { name = "Bestuurlijk overleg", kind = "bestuurlijkOverleg", purpose = "Sturing", meetingsPerYear = 4, aspectsUnknown = true });
        ActAs(People.Director);
        var deciderUnknown = Samples.Decision(vws);
        deciderUnknown["decidedBy"] = new { unknown = true };
        await Host.LogDecision(programmeId, deciderUnknown);
        ids["programmeId"] = programmeId.ToString();
        ids["decisionId"] = decisionId.ToString();
        ids["sessionId"] = held.ToString();
        ids["jointSessionId"] = jointSessionId.ToString();
        return ids;
    }

    private static string RepositoryRoot => Path.GetFullPath(Path.Combine(IndependentReaders.ContractFolder, "..", ".."));

    /// <summary>
    /// The host as it is deployed: the built Governance.Host.dll in a process of its own on a free loopback port, on
    /// a database of its own, with the development sign-in (X-Demo-Person) and a bootstrap administrator.
    /// </summary>
    private sealed class RealHost : IAsyncDisposable
    {
        private Process _process = null!;
        public HttpClient Http { get; private set; } = null!;
        public string BaseAddress { get; private set; } = "";
        public Guid Administrator { get; private set; }

        public static async Task<RealHost> Start()
        {
            var connectionString = await TestDatabase.ConnectionStringFor("governance_contract_clients");
            var port = FreePort();
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
            var hostFolder = Path.Combine(RepositoryRoot, "src", "Governance.Host");
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = hostFolder, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(hostFolder, "bin", configuration, "net10.0", "Governance.Host.dll"));
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["ConnectionStrings__Governance"] = connectionString;
            start.Environment["Authentication__DevelopmentSignIn"] = "true";
            start.Environment["Authentication__BootstrapAdministrator__Name"] = "Bea Beheer";
            start.Environment["Authentication__BootstrapAdministrator__Email"] = "beheer@contract.example";
            start.Environment["Authentication__BootstrapAdministrator__Organisation"] = "Functioneel beheer";
            start.Environment["Demo__LoadOnStart"] = "false";
            start.Environment["Mail__Enabled"] = "false";
            var host = new RealHost { BaseAddress = $"http://127.0.0.1:{port}" };
            host._process = Process.Start(start)!;
            host._process.OutputDataReceived += (_, _) => { };
            host._process.ErrorDataReceived += (_, _) => { };
            host._process.BeginOutputReadLine();
            host._process.BeginErrorReadLine();
            host.Http = new HttpClient { BaseAddress = new Uri(host.BaseAddress) };

            var waited = Stopwatch.StartNew();
            while (true)
            {
                host._process.HasExited.ShouldBeFalse("Governance.Host stopped while starting");
                try
                {
                    if ((await host.Http.GetAsync("/health")).IsSuccessStatusCode) break;
                }
                catch (HttpRequestException) { }
                waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(90), "Governance.Host did not answer /health");
                await Task.Delay(250);
            }
            host.Administrator = await AnAdministrator(connectionString);
            return host;
        }

        private static async Task<Guid> AnAdministrator(string connectionString)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand(
                "select id from governance.mt_doc_directoryperson where (data->>'IsAdministrator')::boolean limit 1", connection);
            return (Guid)(await query.ExecuteScalarAsync())!;
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
        }
    }
}
