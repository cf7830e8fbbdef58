using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Reliability.Tests;

/// <summary>A programme the load works on, with the partner its decisions are taken by.</summary>
public sealed record LoadProgramme(Guid ProgrammeId, Guid PartnerId);

/// <summary>The people and programmes a reliability test drives its load through.</summary>
public sealed record LoadSetUp(Guid Administrator, Guid Director, IReadOnlyList<LoadProgramme> Programmes);

/// <summary>A client of the public HTTP API, as an integration would use it (development sign-in header).</summary>
public static class GovernanceApi
{
    public const string DemoPersonHeader = "X-Demo-Person";

    public static HttpClient Client(Uri baseAddress) => new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public static HttpRequestMessage As(this HttpRequestMessage request, Guid person)
    {
        request.Headers.Add(DemoPersonHeader, person.ToString());
        return request;
    }

    /// <summary>The bootstrap administrator registers a director and programmes; the director adds a partner to each.</summary>
    public static async Task<LoadSetUp> SetUp(HttpClient client, EventStore store, int programmes)
    {
        var administrator = await store.Scalar<Guid>(
            $"select id from \"{store.Schema}\".mt_doc_directoryperson where data->>'Email' = @email",
            ("email", HostProcess.AdministratorEmail));
        administrator.ShouldNotBe(Guid.Empty, "the host creates the bootstrap administrator at start-up");

        var organisation = await Create(client, administrator, "api/organisations", new { name = "Programmateam", layer = "rijk" });
        var director = await Create(client, administrator, "api/people", new { name = "Dirk Directeur", email = "dirk@betrouwbaarheid.test", organisationId = organisation });

        var created = new List<LoadProgramme>();
        for (var i = 0; i < programmes; i++)
        {
            var programme = await Create(client, administrator, "api/programmes", new
            {
                name = $"Programma {i + 1}",
                opgave = "Huiselijk geweld en kindermishandeling eerder stoppen",
                opdrachtgeverOrganisation = "Ministerie van VWS",
                startDate = "2018-04-01",
                plannedEndDate = "2021-12-31",
            });
            await Send(client, administrator, HttpMethod.Post, $"api/programmes/{programme}/members", new { personId = director, role = "programmadirecteur" }, expect: 204);
            var partner = await Create(client, director, $"api/programmes/{programme}/partners",
                new { organisationName = "Ministerie van VWS", layer = "rijk", role = "opdrachtgever", joinedOn = "2018-04-01" });
            created.Add(new LoadProgramme(programme, partner));
        }
        return new LoadSetUp(administrator, director, created);
    }

    public static object Decision(LoadProgramme programme, int number) => new
    {
        decidedBy = new { partnerId = programme.PartnerId },
        title = $"Besluit {number}",
        context = "Belasting voor de betrouwbaarheidstest",
        chosenOption = "Regionale projectleiders via een subsidieregeling",
        rationale = "De aanpak moet in de regio landen.",
        decidedOn = "2019-03-11",
    };

    public static object Tension(int number) => new
    {
        subject = $"Spanning {number}",
        description = "De regels van de regeling botsen met wat de regio's nodig hebben",
        raisedBy = "Programmadirecteur",
        raisedOn = "2019-04-01",
    };

    public static async Task<Guid> Create(HttpClient client, Guid person, string url, object body)
    {
        using var response = await Send(client, person, HttpMethod.Post, url, body, expect: 201);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> Send(HttpClient client, Guid person, HttpMethod method, string url, object? body, int expect)
    {
        using var request = new HttpRequestMessage(method, url).As(person);
        if (body is not null) request.Content = JsonContent.Create(body);
        var response = await client.SendAsync(request);
        if ((int)response.StatusCode != expect)
            throw new InvalidOperationException($"{method} {url} answered {(int)response.StatusCode}, expected {expect}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }
}
