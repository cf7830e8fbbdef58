using System.Text.Json;
using System.Text.RegularExpressions;
using Alba;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Governance.Host.Tests.Infrastructure;

/// <summary>
/// Every programme-level read takes <c>asOf</c>: the endpoints are enumerated from the host itself, so a new read
/// that forgets it fails here. Per read, a change after the moment is not visible as of the moment.
/// </summary>
public class every_programme_read_answers_as_of_a_moment(AppFixture app) : HostTest(app)
{
    /// <summary>
    /// Programme-level GETs that deliberately have no <c>asOf</c>, and why. Everything else under
    /// /api/programmes/{programmeId} must have it.
    /// </summary>
    private static readonly Dictionary<string, string> WithoutAsOf = new()
    {
        ["/api/programmes/{programmeId}/health/history"] = "a period read: from/to are its moments",
        ["/api/programmes/{programmeId}/reflection-sessions/{sessionId}/agenda-proposal"] = "a proposal for a coming session, made from today's health",
        ["/api/programmes/{programmeId}/reflection-sessions/{sessionId}/calendar"] = "an iCalendar appointment: calendars only understand the current version",
        ["/api/programmes/{programmeId}/exports/reflection-sessions.ics"] = "an iCalendar file: calendars only understand the current version",
        ["/api/programmes/{programmeId}/exports/decisions.csv"] = "a download of the current log; the list endpoint answers as of a moment",
        ["/api/programmes/{programmeId}/exports/decisions.xlsx"] = "a download of the current log; the list endpoint answers as of a moment",
        ["/api/programmes/{programmeId}/exports/woo"] = "a Woo publication is of what is public now",
        ["/api/programmes/{programmeId}/activity"] = "counts per month: the months before a moment are the activity as of it",
    };

    /// <summary>
    /// The one read that answers before the programme existed: health, whose ten indicators are then all "nog niet te
    /// beoordelen" (docs/health-indicators.md) rather than unknown.
    /// </summary>
    private const string Health = "/api/programmes/{programmeId}/health";

    private List<string> ProgrammeReads() => Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
        .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
        .Where(r => r.StartsWith("/api/programmes/{programmeId}"))
        .Distinct()
        .ToList();

    private async Task<IScenarioResult> Get(string url) => await Host.Scenario(s => { s.Get.Url(url); s.IgnoreStatusCode(); });

    [Fact]
    public async Task every_programme_level_get_reads_asOf_refuses_a_bad_one_knows_no_programme_before_it_existed_and_asOf_now_is_the_live_answer()
    {
        var programmeId = await App.RegisterProgramme(People);
        // Everything a GET below the programme can name (docs/api.md "Location"), so every route has ids to fill in.
        var ids = (await OneOfEverything.Create(App, People, programmeId)).RouteIds();
        var vws = Guid.Parse(ids["partnerId"]);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        ActAs(People.Facilitator);
        var sessionId = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-03-10T14:00"));
        App.Clock.Advance(Duration.FromDays(10));
        await Host.PostCommand($"/api/programmes/{programmeId}/reflection-sessions/{sessionId}/held", new
        {
            attendees = new[] { "Petra Procesbegeleider" },
            attendingPersonIds = new[] { People.Facilitator },
            questionsAddressed = new[] { "samenLeren" },
            outcomes = "We leren van de regio's",
            confidentialNotes = "Alleen voor de aanwezigen",
        }, 204);
        var now = Uri.EscapeDataString(App.Clock.GetCurrentInstant().ToString());

        var reads = ProgrammeReads();
        reads.Count.ShouldBeGreaterThan(15);
        WithoutAsOf.Keys.ShouldBeSubsetOf(reads, "an exception names a read that no longer exists");
        var checkedReads = reads.Except(WithoutAsOf.Keys).ToList();
        foreach (var route in checkedReads)
        {
            ids["programmeId"] = programmeId.ToString();
            ids["decisionId"] = decisionId.ToString();
            ids["sessionId"] = sessionId.ToString();
            var url = Regex.Replace(route, "{([^}]+)}", m => ids.TryGetValue(m.Groups[1].Value, out var id) ? id : Guid.NewGuid().ToString());

            var bad = await Get($"{url}?asOf=31-12-2020");
            bad.Context.Response.StatusCode.ShouldBe(400, route);
            (await bad.ReadJson()).GetProperty("errors").TryGetProperty("asOf", out _).ShouldBeTrue(route);

            var before = await Get($"{url}?asOf=2026-03-01");
            if (route == Health)
                (await before.ReadJson()).GetProperty("indicators").EnumerateArray()
                    .ShouldAllBe(i => i.GetProperty("status").GetString() == "nogNietTeBeoordelen");
            else
                before.Context.Response.StatusCode.ShouldBe(404, $"{route}: the programme was registered on 2 March");

            var live = await Get(url);
            live.Context.Response.StatusCode.ShouldBe(200, route);
            var asOfNow = await Get($"{url}?asOf={now}");
            asOfNow.Context.Response.StatusCode.ShouldBe(200, route);
            (await asOfNow.ReadAsTextAsync()).ShouldBe(await live.ReadAsTextAsync(), route);
        }
        checkedReads.ShouldContain("/api/programmes/{programmeId}");
        checkedReads.ShouldContain("/api/programmes/{programmeId}/bodies");
    }

    private async Task<JsonElement> Json(string url)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBe(200); });
        return await result.ReadJson();
    }

    [Fact]
    public async Task the_overview_bodies_resources_tensions_and_members_as_of_a_moment_do_not_show_what_came_after_it()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        await Host.EstablishBody(programmeId, BodySamples.Body("Stuurgroep eerst"));
        var dayOne = Uri.EscapeDataString(App.Clock.GetCurrentInstant().ToString());

        App.Clock.Advance(Duration.FromDays(3));
        await Host.LogDecision(programmeId, Samples.Decision(vws));
        await Host.EstablishBody(programmeId, BodySamples.Body("Later overleg"));
        await Host.AddTeamMember(programmeId);
        await Host.RaiseTension(programmeId);
        ActAs(People.Administrator);
        await App.Assign(programmeId, People.Outsider, "meelezer");
        ActAs(People.Director);
        var api = $"/api/programmes/{programmeId}";

        (await Json(api)).GetProperty("decisions").GetArrayLength().ShouldBe(1);
        (await Json($"{api}?asOf={dayOne}")).GetProperty("decisions").GetArrayLength().ShouldBe(0);
        (await Json($"{api}?asOf={dayOne}")).GetProperty("partners").GetArrayLength().ShouldBe(1);

        (await Json($"{api}/bodies")).GetProperty("bodies").GetArrayLength().ShouldBe(2);
        var bodiesThen = (await Json($"{api}/bodies?asOf={dayOne}")).GetProperty("bodies");
        bodiesThen.EnumerateArray().Select(b => b.GetProperty("name").GetString()).ShouldBe(["Stuurgroep eerst"]);

        (await Json($"{api}/resources")).GetProperty("teamMembers").GetArrayLength().ShouldBe(1);
        (await Json($"{api}/resources?asOf=2026-03-02")).GetProperty("teamMembers").GetArrayLength().ShouldBe(0);

        (await Json($"{api}/tensions-and-care")).GetProperty("tensions").GetArrayLength().ShouldBe(1);
        (await Json($"{api}/tensions-and-care?asOf=2026-03-02")).GetProperty("tensions").GetArrayLength().ShouldBe(0);

        var membersNow = (await Json($"{api}/members")).EnumerateArray().Select(m => m.GetProperty("personId").GetGuid()).ToList();
        var membersThen = (await Json($"{api}/members?asOf={dayOne}")).EnumerateArray().Select(m => m.GetProperty("personId").GetGuid()).ToList();
        membersNow.ShouldContain(People.Outsider);
        membersThen.ShouldNotContain(People.Outsider);
        membersThen.Count.ShouldBe(membersNow.Count - 1);
    }

    [Fact]
    public async Task the_reflection_sessions_and_the_confidential_notes_as_of_a_moment_do_not_show_what_came_after_it()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Facilitator);
        var first = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-03-10T14:00"));
        var dayOne = Uri.EscapeDataString(App.Clock.GetCurrentInstant().ToString());
        App.Clock.Advance(Duration.FromDays(10));
        await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-04-10T14:00"));
        await Host.PostCommand($"/api/programmes/{programmeId}/reflection-sessions/{first}/held", new
        {
            attendees = new[] { "Petra Procesbegeleider" },
            attendingPersonIds = new[] { People.Facilitator },
            questionsAddressed = new[] { "samenLeren" },
            outcomes = "We leren van de regio's",
            confidentialNotes = "Alleen voor de aanwezigen",
        }, 204);
        var sessions = $"/api/programmes/{programmeId}/reflection-sessions";

        var then = (await Json($"{sessions}?asOf={dayOne}")).EnumerateArray().ToList();
        then.Count.ShouldBe(1);
        then[0].GetProperty("status").GetString().ShouldBe("scheduled");
        (await Json(sessions)).GetArrayLength().ShouldBe(2);

        (await Get($"{sessions}/{first}/confidential-notes?asOf={dayOne}")).Context.Response.StatusCode.ShouldBe(404);
        (await Get($"{sessions}/{first}/confidential-notes")).Context.Response.StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task the_openapi_document_describes_asOf_on_every_programme_read_and_the_total_count_of_every_paged_list()
    {
        var paths = (await Host.GetAsJson<JsonElement>("/openapi/v1.json")).GetProperty("paths");
        static List<JsonElement> Parameters(JsonElement operation) =>
            operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];

        foreach (var route in ProgrammeReads().Except(WithoutAsOf.Keys))
        {
            var asOf = Parameters(paths.GetProperty(route).GetProperty("get")).SingleOrDefault(p => p.GetProperty("name").GetString() == "asOf");
            asOf.ValueKind.ShouldBe(JsonValueKind.Object, route);
            asOf.GetProperty("in").GetString().ShouldBe("query");
            asOf.GetProperty("description").GetString()!.ShouldContain("Europe/Amsterdam", customMessage: route);
        }

        var paged = 0;
        foreach (var path in paths.EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            if (!Parameters(operation.Value).Any(p => p.GetProperty("name").GetString() == "limit")) continue;
            paged++;
            var ok = operation.Value.GetProperty("responses").GetProperty("200");
            ok.GetProperty("headers").TryGetProperty("X-Total-Count", out _).ShouldBeTrue(path.Name);
            foreach (var name in new[] { "offset", "limit" })
                Parameters(operation.Value).Single(p => p.GetProperty("name").GetString() == name).GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
        }
        paged.ShouldBeGreaterThanOrEqualTo(9); // decision log, audit trail, partners, bodies, tensions, members, sessions, conversations, portfolio
    }
}
