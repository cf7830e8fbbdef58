using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alba;
using FsCheck;
using FsCheck.Fluent;
using Governance.Domain.Decisions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Governance.Host.Tests.Reliability;

/// <summary>
/// Issue 10, part 5: generated hostile requests against every endpoint of the host (API and pages, every method
/// each declares), as various people and as nobody, with malformed JSON, wrong types, huge strings, control
/// characters, script and SQL payloads, far-away dates, and unknown, foreign and malformed ids. Whatever each one
/// answers, it is never a 5xx. The generation is seeded: a failure names the seed and the request, and
/// <c>RELIABILITY_SEED=&lt;seed&gt;</c> replays it (<c>RELIABILITY_HOSTILE_REQUESTS</c> sets how many; the soak runs more).
/// </summary>
public class hostile_requests_never_get_a_5xx(AppFixture app, ITestOutputHelper output) : HostTest(app)
{
    private static readonly int Seed =
        int.TryParse(Environment.GetEnvironmentVariable("RELIABILITY_SEED"), out var seed) ? seed : 20261124;
    private static readonly int Requests =
        int.TryParse(Environment.GetEnvironmentVariable("RELIABILITY_HOSTILE_REQUESTS"), out var count) ? count : 10_000;

    private sealed record Request(string Method, string Route, string Url, string? Body, string? ContentType,
        string? Person, string? IfMatch, string? IdempotencyKey)
    {
        public override string ToString() =>
            $"{Method} {Url[..Math.Min(Url.Length, 200)]} as {Person ?? "nobody"}, If-Match {IfMatch ?? "-"}, Content-Type {ContentType ?? "-"}, " +
            $"body {(Body is null ? "-" : Body.Length > 300 ? Body[..300] + $"… ({Body.Length} chars)" : Body)}";
    }

    [Fact]
    public async Task ten_thousand_generated_requests_across_all_endpoints_get_no_5xx()
    {
        var world = await World.Create(App, People);
        var endpoints = Endpoints();
        output.WriteLine($"Seed {Seed}; {Requests} requests over {endpoints.Count} endpoint methods (replay: RELIABILITY_SEED={Seed})");
        endpoints.Count.ShouldBeGreaterThan(100);
        App.ActingAs = null;

        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var took = Stopwatch.StartNew();
        const int batch = 500;
        for (var start = 0; start < Requests; start += batch)
        {
            // Each batch has a seed of its own derived from the run's seed, so a batch is generated only when needed.
            var requests = Gen.Sample(Generators.Request(endpoints, world), Math.Min(batch, Requests - start),
                new Rnd((ulong)Seed, (ulong)start * 2 + 1), 30);
            await Parallel.ForEachAsync(requests.Select((r, i) => (r, i)), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, _) =>
            {
                var (request, index) = item;
                int status;
                try
                {
                    status = await Send(request);
                }
                catch (Exception e)
                {
                    // The test server rethrows what the host did not handle: that is the 500 a client would see.
                    failures.Add($"#{start + index} threw {e.GetType().Name}: {e.Message} — {request}");
                    return;
                }
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (status >= 500) failures.Add($"#{start + index} answered {status} — {request}");
            });
        }

        output.WriteLine($"{Requests} requests in {took.Elapsed.TotalSeconds:0.0} s; statuses: " +
                         string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}")));
        failures.ShouldBeEmpty($"seed {Seed}:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(20))}");
        statuses.Values.Sum().ShouldBe(Requests);
    }

    /// <summary>Found by the sweep: a form key with an unbalanced bracket made MVC's jQuery key parser throw (a 500).</summary>
    [Fact]
    public async Task a_page_form_with_an_unbalanced_bracket_in_a_key_is_not_a_500()
    {
        var programmeId = await App.RegisterProgramme(People);
        foreach (var body in new[] { "[", "{\"title\":[1,", "a[b=1", "x]=2&[y=3" })
        {
            var result = await Host.Scenario(s =>
            {
                s.Post.Text(body).ToUrl($"/programmas/{programmeId}");
                s.WithRequestHeader("Content-Type", "application/x-www-form-urlencoded");
                s.IgnoreStatusCode();
            });
            result.Context.Response.StatusCode.ShouldBeLessThan(500, body);
        }
        var query = await Host.Scenario(s => { s.Get.Url($"/programmas/{programmeId}?a[b=1"); s.IgnoreStatusCode(); });
        query.Context.Response.StatusCode.ShouldBeLessThan(500);
    }

    /// <summary>
    /// Script payloads that the API accepts as text come back escaped in every page that shows them: the raw tag
    /// never reaches the browser.
    /// </summary>
    [Fact]
    public async Task script_payloads_in_names_and_titles_appear_escaped_in_the_pages()
    {
        const string script = "<script>alert('xss')</script>";
        const string image = "\"><img src=x onerror=alert(1)>";
        var programme = Samples.Programme();
        programme["name"] = "Programma " + script;
        var programmeId = await App.RegisterProgramme(People, programme);
        var vws = await Host.AddPartner(programmeId, Samples.Partner("Partner " + image));
        var decision = Samples.Decision(vws);
        decision["title"] = "Besluit " + image;
        decision["rationale"] = "Omdat " + script;
        var decisionId = await Host.LogDecision(programmeId, decision);

        foreach (var page in new[] { "/", "/programmas", $"/programmas/{programmeId}", $"/programmas/{programmeId}/besluiten",
                     $"/programmas/{programmeId}/besluiten/{decisionId}", $"/programmas/{programmeId}/audit" })
        {
            var result = await Host.Scenario(s => { s.Get.Url(page); s.StatusCodeShouldBe(200); });
            var html = await result.ReadAsTextAsync();
            html.ShouldNotContain("<script>alert", Case.Insensitive, page);
            html.ShouldNotContain("<img src=x", Case.Insensitive, page);
            (html.Contains("&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;") || html.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
                .ShouldBeTrue($"{page} shows neither payload escaped");
        }
    }

    private async Task<int> Send(Request request)
    {
        var result = await Host.Scenario(s =>
        {
            s.ConfigureHttpContext(http =>
            {
                http.Request.Method = request.Method;
                var queryAt = request.Url.IndexOf('?');
                http.Request.Path = queryAt < 0 ? request.Url : request.Url[..queryAt];
                http.Request.QueryString = queryAt < 0 ? QueryString.Empty : new QueryString(request.Url[queryAt..]);
                if (request.Body is not null)
                {
                    var bytes = Encoding.UTF8.GetBytes(request.Body);
                    http.Request.Body = new MemoryStream(bytes);
                    http.Request.ContentLength = bytes.Length;
                }
                if (request.ContentType is not null) http.Request.ContentType = request.ContentType;
                if (request.Person is not null) http.Request.Headers[AppFixture.DemoPersonHeader] = request.Person;
                if (request.IfMatch is not null) http.Request.Headers.IfMatch = request.IfMatch;
                if (request.IdempotencyKey is not null) http.Request.Headers["Idempotency-Key"] = request.IdempotencyKey;
            });
            s.IgnoreStatusCode();
        });
        return result.Context.Response.StatusCode;
    }

    /// <summary>Every route of the host with each method it answers; pages without declared methods get GET and POST.</summary>
    private List<(string Method, string Route)> Endpoints() =>
        Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
                .Select(m => (Method: m, Route: "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            // The API reference page serves a static script bundle; nothing of ours runs behind it.
            .Where(e => !e.Route.StartsWith("/api/reference"))
            .Distinct()
            .ToList();

    /// <summary>The real things the generated requests may point at (or deliberately not).</summary>
    private sealed record World(Guid ProgrammeId, Guid ForeignProgrammeId, Guid DecisionId, Guid PartnerId, People People)
    {
        public static async Task<World> Create(AppFixture app, People people)
        {
            var programmeId = await app.RegisterProgramme(people);
            var partnerId = await app.Host.AddPartner(programmeId);
            var decisionId = await app.Host.LogDecision(programmeId, Samples.Decision(partnerId));
            // A programme the people above are no members of: its id is a foreign id to them.
            app.ActingAs = people.Administrator;
            var foreign = await app.Host.Create("/api/programmes", Samples.Programme());
            return new World(programmeId, foreign, decisionId, partnerId, people);
        }
    }

    private static class Generators
    {
        private static readonly string[] ScriptAndSql =
        [
            "<script>alert('xss')</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg/onload=alert(1)>",
            "'; DROP TABLE mt_events; --", "' OR '1'='1", "1; select pg_sleep(10)", "$$; delete from x; $$", "\\\"}' }); --",
            "{{7*7}}", "${jndi:ldap://x}", "../../../../etc/passwd", "%00", "Pim\u0000", "\u0000", "a\u001bb", "\u202Eevil", "😀👩‍👩‍👧", "ÄÖÜ ß ĳ",
        ];

        private static readonly string[] FarDates =
        [
            "0001-01-01", "9999-12-31", "-0001-01-01", "+275760-09-13", "2019-02-30", "2021-13-01", "1900-01-01",
            "9999-12-31T23:59:59.9999999Z", "0001-01-01T00:00:00Z", "2026-03-02T09:00:00+14:00", "morgen", "2019-03-11T25:61", "",
        ];

        private static readonly string[] Numbers =
            ["0", "-1", "1e400", "-1e308", "9223372036854775808", "3.5", "-0", "1E+2", "0x10", "NaN", "Infinity"];

        /// <summary>Every field name of every command the domain decides on, so bodies hit real members with wrong values.</summary>
        private static readonly string[] Fields = typeof(LogDecision).Assembly.GetTypes()
            .Where(t => t.GetMethod("Decide", BindingFlags.Public | BindingFlags.Static) is not null)
            .SelectMany(t => t.GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)))
            .Concat(["id", "version", "programmeId", "decidedBy", "partnerId", "personId", "role", "items", "options"])
            .Distinct().Order().ToArray();

        private static readonly string[] QueryKeys =
            ["asOf", "from", "to", "page", "pageSize", "sort", "order", "status", "q", "partnerId", "recommendation", "kind", "format", "returnUrl", "token"];

        private static Gen<string> ControlCharacters =>
            Gen.Choose(0, 31).ArrayOf().Select(cs => new string(cs.Select(c => (char)c).ToArray()));

        private static Gen<string> Huge =>
            from length in Gen.Elements(1_001, 10_000, 100_000)
            from c in Gen.Elements('x', 'ä', '<', '"', '\\')
            select new string(c, length);

        /// <summary>Hostile text; huge only where <paramref name="mayBeHuge"/> (one field's value, not every element of a list).</summary>
        private static Gen<string> Text(World w, bool mayBeHuge = false) => Gen.Frequency(
            (4, Gen.Elements(ScriptAndSql)),
            (2, Gen.Elements(FarDates)),
            (2, ControlCharacters),
            (mayBeHuge ? 1 : 0, Huge),
            (2, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)),
            (2, Ids(w)));

        private static Gen<string> Ids(World w) => Gen.Elements(
            w.ProgrammeId.ToString(), w.ForeignProgrammeId.ToString(), w.DecisionId.ToString(), w.PartnerId.ToString(),
            Guid.Empty.ToString(), Guid.NewGuid().ToString(), "geen-id", "00000000-0000-0000-0000-00000000000", "' OR 1=1 --",
            w.People.Director.ToString(), w.People.Outsider.ToString());

        /// <summary>A JSON value of any kind, nested a little: the wrong type is the normal case.</summary>
        private static Gen<string> Value(World w, int depth)
        {
            var scalars = new List<(int, Gen<string>)>
            {
                (6, Text(w, mayBeHuge: depth == 2).Select(t => JsonSerializer.Serialize(t))),
                (2, Gen.Elements(Numbers)),
                (1, Gen.Elements("true", "false", "null")),
            };
            if (depth > 0)
            {
                scalars.Add((1, Value(w, depth - 1).ArrayOf().Select(vs => "[" + string.Join(",", vs.Take(5)) + "]")));
                scalars.Add((1, Object(w, depth - 1)));
            }
            return Gen.Frequency(scalars.ToArray());
        }

        private static Gen<string> Object(World w, int depth) =>
            from fields in Gen.SubListOf(Fields)
            from values in Value(w, depth).ArrayOf(fields.Count)
            select "{" + string.Join(",", fields.Take(8).Zip(values, (f, v) => $"{JsonSerializer.Serialize(f)}:{v}")) + "}";

        private static Gen<string?> Body(World w) => Gen.Frequency(
            (8, Object(w, 2).Select(b => (string?)b)),
            (2, Gen.Elements<string?>("", "{", "[", "nul", "\"", "{}}", "{\"title\":", "{\"a\":1,,}", "\uFEFF{}", "{\"title\":\"\\ud800\"}",
                new string('[', 5_000) + new string(']', 5_000), "\u0000", "<xml/>", "title=x&name=y")),
            (1, Value(w, 1).Select(v => (string?)v)),
            (1, Gen.Constant<string?>(null)));

        private static Gen<string> Query(World w) =>
            from pairs in Gen.Zip(Gen.Elements(QueryKeys), Text(w)).ArrayOf()
            select pairs.Length == 0 ? "" : "?" + string.Join("&", pairs.Take(3).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}"));

        private static Gen<string> RouteValue(World w, string name) => Gen.Frequency(
            (5, Gen.Constant(name switch
            {
                "programmeId" => w.ProgrammeId.ToString(),
                "decisionId" => w.DecisionId.ToString(),
                "partnerId" => w.PartnerId.ToString(),
                "personId" => w.People.Director.ToString(),
                _ => Guid.NewGuid().ToString(),
            })),
            (2, Ids(w)),
            // No %00: a null character in the path never reaches the application (Kestrel answers 400 itself).
            (1, Gen.Elements("abc", "-1", "999999999999", "%3Cscript%3E", "..", "%0A", new string('9', 2_000))));

        public static Gen<Request> Request(List<(string Method, string Route)> endpoints, World w) =>
            from endpoint in Gen.Elements(endpoints.ToArray())
            from url in Url(endpoint.Route, w)
            from query in Query(w)
            from body in endpoint.Method is "GET" or "HEAD" or "DELETE" ? Gen.Constant<string?>(null) : Body(w)
            from contentType in Gen.Elements<string?>("application/json", "application/json", "application/json", "text/plain",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1", null)
            from person in Gen.Elements<string?>(null, w.People.Director.ToString(), w.People.Director.ToString(), w.People.Reader.ToString(),
                w.People.Outsider.ToString(), w.People.Administrator.ToString(), w.People.PartnerPerson.ToString(),
                Guid.NewGuid().ToString(), "niet-een-id")
            from ifMatch in Gen.Elements<string?>(null, null, null, "\"1\"", "\"0\"", "abc", "\"-1\"", "\"99999999999999999999\"", "W/\"2\"", "*")
            from key in Gen.Elements<string?>(null, null, null, "sleutel", new string('k', 300), "<script>", "\u0001")
            select new Request(endpoint.Method, endpoint.Route, url + query, body, body is null ? null : contentType, person, ifMatch, key);

        private static Gen<string> Url(string route, World w)
        {
            var names = Regex.Matches(route, @"\{\*?([^}:=?]+)[^}]*\}").Select(m => m.Groups[1].Value).ToArray();
            return Gen.CollectToArray(names.Select(n => RouteValue(w, n))).Select(values =>
            {
                var i = 0;
                return Regex.Replace(route, @"\{[^}]+\}", _ => Uri.EscapeDataString(values[i++]).Replace("%25", "%"));
            });
        }
    }
}
