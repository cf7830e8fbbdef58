using System.Text.Json;
using Alba;
using NodaTime;

namespace Governance.Host.Tests.Infrastructure;

/// <summary>
/// Besides the decision log and the audit trail, every list the API answers pages with offset/limit and
/// X-Total-Count, sorts by a documented <c>sort</c> and filters; an unknown value is a 400 naming the parameter.
/// For a document (partner register, bodies, tensions and care, portfolio) its principal list is the one paged.
/// </summary>
public class the_other_lists_page_sort_and_filter(AppFixture app) : HostTest(app)
{
    private async Task<(JsonElement Json, string Total)> Read(string url)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBe(200); });
        return (await result.ReadJson(), result.Context.Response.Headers["X-Total-Count"].ToString());
    }

    private async Task RefusesNaming(string url, params string[] badQueries)
    {
        foreach (var bad in badQueries.Concat(["limit=0", "offset=-1", "limit=veel"]))
        {
            var separator = url.Contains('?') ? '&' : '?';
            var result = await Host.Scenario(s => { s.Get.Url($"{url}{separator}{bad}"); s.StatusCodeShouldBe(400); });
            (await result.ReadJson()).GetProperty("errors").TryGetProperty(bad.Split('=')[0], out _).ShouldBeTrue($"{url} {bad}");
        }
    }

    private static List<string?> Names(JsonElement list, string property) => list.EnumerateArray().Select(e => e.GetProperty(property).GetString()).ToList();

    [Fact]
    public async Task partners_bodies_and_tensions_page_sort_and_filter_their_list()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        await Host.AddPartner(programmeId, Samples.Partner("Gemeente Utrecht", "ketenpartner"));
        await Host.AddPartner(programmeId, Samples.Partner("Aedes", "ketenpartner"));
        var api = $"/api/programmes/{programmeId}";

        var (page, total) = await Read($"{api}/partners?sort=name&limit=2");
        total.ShouldBe("3");
        Names(page.GetProperty("partners"), "organisationName").ShouldBe(["Aedes", "Gemeente Utrecht"]);
        var (rest, _) = await Read($"{api}/partners?sort=name&offset=2");
        Names(rest.GetProperty("partners"), "organisationName").ShouldBe(["Ministerie van VWS"]);
        var (chain, chainTotal) = await Read($"{api}/partners?role=ketenpartner&sort=-name");
        chainTotal.ShouldBe("2");
        Names(chain.GetProperty("partners"), "organisationName").ShouldBe(["Gemeente Utrecht", "Aedes"]);
        await RefusesNaming($"{api}/partners", "sort=kleur", "status=weg", "layer=europa", "role=koning");

        var stuurgroep = await Host.EstablishBody(programmeId, BodySamples.Body("Stuurgroep"));
        await Host.EstablishBody(programmeId, BodySamples.Body("Beraad"));
        await Host.AddBodyMember(programmeId, stuurgroep, vws);
        var (bodies, bodyTotal) = await Read($"{api}/bodies?sort=name");
        bodyTotal.ShouldBe("2");
        Names(bodies.GetProperty("bodies"), "name").ShouldBe(["Beraad", "Stuurgroep"]);
        var (withVws, _) = await Read($"{api}/bodies?partnerId={vws}");
        Names(withVws.GetProperty("bodies"), "name").ShouldBe(["Stuurgroep"]);
        var (second, _) = await Read($"{api}/bodies?offset=1&limit=1");
        Names(second.GetProperty("bodies"), "name").ShouldBe(["Beraad"]);
        await RefusesNaming($"{api}/bodies", "sort=kleur", "kind=feest");

        var tension = await Host.RaiseTension(programmeId);
        await Host.RaiseTension(programmeId);
        await Host.PostTo($"{api}/tensions/{tension}/resolution", new { resolution = "Regeling aangepast", resolvedOn = "2019-06-01" }, 204);
        var (open, openTotal) = await Read($"{api}/tensions-and-care?status=open");
        openTotal.ShouldBe("1");
        open.GetProperty("tensions").GetArrayLength().ShouldBe(1);
        var (firstTension, allTensions) = await Read($"{api}/tensions-and-care?limit=1&sort=-raisedOn");
        allTensions.ShouldBe("2");
        firstTension.GetProperty("tensions").GetArrayLength().ShouldBe(1);
        var (none, _) = await Read($"{api}/tensions-and-care?from=2020-01-01");
        none.GetProperty("tensions").GetArrayLength().ShouldBe(0);
        await RefusesNaming($"{api}/tensions-and-care", "sort=kleur", "status=weg", "from=morgen");
    }

    [Fact]
    public async Task members_reflection_sessions_conversations_and_the_portfolio_page_and_sort()
    {
        var programmeId = await App.RegisterProgramme(People);
        var api = $"/api/programmes/{programmeId}";

        var (everyone, _) = await Read($"{api}/members");
        everyone.GetArrayLength().ShouldBeGreaterThanOrEqualTo(6);
        var (members, memberTotal) = await Read($"{api}/members?sort=-name&limit=2");
        memberTotal.ShouldBe(everyone.GetArrayLength().ToString());
        var names = Names(members, "name");
        names.Count.ShouldBe(2);
        names.ShouldBe(names.OrderByDescending(n => n, StringComparer.CurrentCultureIgnoreCase).ToList());
        var (readers, readerTotal) = await Read($"{api}/members?role=meelezer");
        readerTotal.ShouldBe("1");
        readers[0].GetProperty("personId").GetGuid().ShouldBe(People.Reader);
        await RefusesNaming($"{api}/members", "sort=kleur", "role=koning");

        ActAs(People.Facilitator);
        var early = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-03-10T14:00"));
        await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-06-10T14:00"));
        await Host.PostCommand($"{api}/reflection-sessions/{early}/cancellation", new { reason = "Kamervragen" }, 204);
        var (latestFirst, sessionTotal) = await Read($"{api}/reflection-sessions?sort=-start&limit=1");
        sessionTotal.ShouldBe("2");
        latestFirst[0].GetProperty("start").GetString()!.ShouldStartWith("2026-06-10");
        var (cancelled, _) = await Read($"{api}/reflection-sessions?status=cancelled");
        cancelled.EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ShouldBe([early]);
        var (summer, _) = await Read($"{api}/reflection-sessions?from=2026-04-01&to=2026-12-31");
        summer.GetArrayLength().ShouldBe(1);
        await RefusesNaming($"{api}/reflection-sessions", "sort=kleur", "status=weg", "to=gisteren");

        var (conversations, conversationTotal) = await Read($"{api}/health/conversations?indicator=3");
        conversationTotal.ShouldBe("0");
        conversations.GetArrayLength().ShouldBe(0);
        await RefusesNaming($"{api}/health/conversations", "indicator=11");

        ActAs(People.Director);
        var other = await App.RegisterProgramme(People, new Dictionary<string, object?>(Samples.Programme()) { ["name"] = "Aaa eerst" });
        other.ShouldNotBe(programmeId);
        var (portfolio, programmeTotal) = await Read("/api/portfolio?sort=-name&limit=1");
        programmeTotal.ShouldBe("2");
        var listed = Names(portfolio.GetProperty("programmes"), "name");
        listed.Count.ShouldBe(1);
        listed[0].ShouldNotBe("Aaa eerst");
        await RefusesNaming("/api/portfolio", "sort=score");
    }
}
