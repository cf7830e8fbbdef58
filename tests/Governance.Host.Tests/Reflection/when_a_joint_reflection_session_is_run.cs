using System.Text.Json;
using Alba;
using Governance.Host.Programmes;

namespace Governance.Host.Tests.Reflection;

/// <summary>A gezamenlijke sessie over two programmes of the same opdrachtgevers, over HTTP (docs/adr/0004).</summary>
public class when_a_joint_reflection_session_is_run(AppFixture app) : HostTest(app)
{
    private async Task<Guid> Programme(string name, params string[] opdrachtgevers)
    {
        var body = Samples.Programme();
        body["name"] = name;
        var id = await App.RegisterProgramme(People, body);
        foreach (var opdrachtgever in opdrachtgevers) await Host.AddPartner(id, Samples.Partner(opdrachtgever));
        return id;
    }

    private Dictionary<string, object?> Joint(params Guid[] programmeIds)
    {
        var body = ReflectionSamples.Session("2026-03-10T14:00");
        body["title"] = "Gezamenlijke reflectie";
        body["programmeIds"] = programmeIds;
        return body;
    }

    private async Task<Guid> Schedule(params Guid[] programmeIds)
    {
        ActAs(People.Facilitator);
        return await Host.Create("/api/joint-reflection-sessions", Joint(programmeIds));
    }

    private static List<JsonElement> Items(JsonElement array) => array.EnumerateArray().ToList();

    [Fact]
    public async Task it_is_scheduled_proposed_set_held_and_discussed_with_each_programme_in_its_own_session()
    {
        var ghnt = await Programme("GHNT", "Ministerie van VWS", "Ministerie van JenV");
        var zorg = await Programme("Zorg en veiligheid", "Ministerie van JenV", "Ministerie van VWS");
        var tension = await Host.RaiseTension(zorg);
        var jointId = await Schedule(ghnt, zorg);

        var joint = await Host.GetAsJson<JsonElement>($"/api/joint-reflection-sessions/{jointId}");
        var parts = Items(joint.GetProperty("programmes")).ToDictionary(p => p.GetProperty("programmeId").GetGuid(), p => p.GetProperty("sessionId").GetGuid());
        parts.Keys.ShouldBe([ghnt, zorg], ignoreOrder: true);
        (await Host.GetAsJson<JsonElement>($"/api/programmes/{zorg}/reflection-sessions/{parts[zorg]}")).GetProperty("jointSessionId").GetGuid().ShouldBe(jointId);

        var proposal = Items(await Host.GetAsJson<JsonElement>($"/api/joint-reflection-sessions/{jointId}/agenda-proposal"));
        proposal.Count(i => i.GetProperty("kind").GetString() == "reflectionQuestion").ShouldBe(14);
        var tensionItem = proposal.Single(i => i.GetProperty("kind").GetString() == "tension");
        tensionItem.GetProperty("programmeId").GetGuid().ShouldBe(zorg);
        tensionItem.GetProperty("programmeName").GetString().ShouldBe("Zorg en veiligheid");
        tensionItem.GetProperty("reference").GetString().ShouldBe(tension.ToString());
        var ghntIndicator = proposal.First(i => i.GetProperty("kind").GetString() == "indicator" && i.GetProperty("programmeId").GetGuid() == ghnt);
        var zorgIndicator = proposal.First(i => i.GetProperty("kind").GetString() == "indicator" && i.GetProperty("programmeId").GetGuid() == zorg);

        object Item(JsonElement proposed) => new
        {
            programmeId = proposed.GetProperty("programmeId").GetGuid(), kind = proposed.GetProperty("kind").GetString(),
            title = proposed.GetProperty("title").GetString(), why = proposed.GetProperty("why").GetString(), reference = proposed.GetProperty("reference").GetString(),
        };
        await Host.PostCommand($"/api/joint-reflection-sessions/{jointId}/agenda",
            new { items = new[] { Item(tensionItem), Item(ghntIndicator), Item(zorgIndicator), new { programmeId = ghnt, kind = (string?)null, title = "Rondvraag", why = (string?)null, reference = (string?)null } } }, 204);

        var agenda = Items((await Host.GetAsJson<JsonElement>($"/api/joint-reflection-sessions/{jointId}")).GetProperty("agenda"));
        agenda.Select(i => i.GetProperty("programmeName").GetString()).ShouldBe(["Zorg en veiligheid", "GHNT", "Zorg en veiligheid", "GHNT"]);
        agenda[3].GetProperty("title").GetString().ShouldBe("Rondvraag");
        var ghntOwn = Items((await Host.GetAsJson<JsonElement>($"/api/programmes/{ghnt}/reflection-sessions/{parts[ghnt]}")).GetProperty("agenda"));
        ghntOwn.Select(i => i.GetProperty("title").GetString()).ShouldBe([ghntIndicator.GetProperty("title").GetString(), "Rondvraag"]);

        // iCalendar folds lines longer than 75 octets: unfold before reading.
        var ics = (await Host.GetAsText($"/api/joint-reflection-sessions/{jointId}/calendar")).Replace("\r\n ", "");
        ics.ShouldContain($"UID:reflectiesessie-{jointId}@programmagovernance");
        ics.ShouldContain("[Zorg en veiligheid]");

        App.Clock.Advance(NodaTime.Duration.FromDays(9));
        await Host.PostCommand($"/api/joint-reflection-sessions/{jointId}/held", new { attendees = new[] { "Petra Procesbegeleider", "VWS", "JenV" }, outcomes = "Samen geleerd" }, 204);
        var lesson = await Host.PostCommand($"/api/programmes/{ghnt}/reflection-sessions/{parts[ghnt]}/lessons", new { lesson = "Deel de regionale aanpak" }, 201);
        var lessonId = (await lesson.Read<CreatedId>()).Id;
        await Host.PostCommand($"/api/joint-reflection-sessions/{jointId}/agenda/discussed", new
        {
            items = new object[]
            {
                new { itemId = agenda[1].GetProperty("itemId").GetGuid(), note = "Besproken met beide opdrachtgevers", lessonIds = new[] { lessonId } },
                new { itemId = agenda[2].GetProperty("itemId").GetGuid(), note = (string?)null, lessonIds = Array.Empty<Guid>() },
            },
        }, 204);

        ActAs(People.Reader);
        var ghntTalk = Items(await Host.GetAsJson<JsonElement>($"/api/programmes/{ghnt}/health/conversations")).ShouldHaveSingleItem();
        ghntTalk.GetProperty("number").GetInt32().ToString().ShouldBe(ghntIndicator.GetProperty("reference").GetString());
        ghntTalk.GetProperty("discussedOn").GetString().ShouldBe("2026-03-10");
        ghntTalk.GetProperty("lessons")[0].GetString().ShouldBe("Deel de regionale aanpak");
        var zorgTalk = Items(await Host.GetAsJson<JsonElement>($"/api/programmes/{zorg}/health/conversations")).ShouldHaveSingleItem();
        zorgTalk.GetProperty("number").GetInt32().ToString().ShouldBe(zorgIndicator.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task a_member_of_only_one_covered_programme_sees_nothing_of_the_other()
    {
        var ghnt = await Programme("GHNT", "Ministerie van VWS");
        var zorg = await Programme("Zorg en veiligheid", "Ministerie van VWS");
        var jointId = await Schedule(ghnt, zorg);
        var proposal = Items(await Host.GetAsJson<JsonElement>($"/api/joint-reflection-sessions/{jointId}/agenda-proposal"));
        await Host.PostCommand($"/api/joint-reflection-sessions/{jointId}/agenda", new
        {
            items = proposal.Where(i => i.GetProperty("kind").GetString() == "reflectionQuestion").Take(8).Select(i => new
            {
                programmeId = i.GetProperty("programmeId").GetGuid(), kind = "reflectionQuestion",
                title = i.GetProperty("title").GetString(), why = i.GetProperty("why").GetString(), reference = i.GetProperty("reference").GetString(),
            }),
        }, 204);
        ActAs(People.Administrator);
        await App.Assign(ghnt, People.Outsider, "meelezer");
        var before = await EventCount();

        ActAs(People.Outsider);
        var seen = await Host.GetAsJson<JsonElement>($"/api/joint-reflection-sessions/{jointId}");
        Items(seen.GetProperty("programmes")).ShouldHaveSingleItem().GetProperty("programmeId").GetGuid().ShouldBe(ghnt);
        Items(seen.GetProperty("agenda")).ShouldAllBe(i => i.GetProperty("programmeId").GetGuid() == ghnt);
        Items(seen.GetProperty("agenda")).Count.ShouldBe(7);
        seen.GetRawText().ShouldNotContain(zorg.ToString());
        seen.GetRawText().ShouldNotContain("Zorg en veiligheid");
        var ics = (await Host.GetAsText($"/api/joint-reflection-sessions/{jointId}/calendar")).Replace("\r\n ", "");
        ics.ShouldNotContain("Zorg en veiligheid");
        await Host.Scenario(s => { s.Get.Url($"/api/joint-reflection-sessions/{jointId}/agenda-proposal"); s.StatusCodeShouldBe(403); });
        await Host.PostCommand($"/api/joint-reflection-sessions/{jointId}/agenda", new { items = new[] { new { programmeId = ghnt, title = "Iets" } } }, 403);

        ActAs(People.Administrator);
        await Host.Scenario(s => { s.Delete.Url($"/api/programmes/{ghnt}/members/{People.Outsider}"); s.StatusCodeShouldBe(204); });
        ActAs(People.Outsider);
        foreach (var url in new[] { "", "/agenda-proposal", "/calendar" })
        {
            var answer = await Host.Scenario(s => { s.Get.Url($"/api/joint-reflection-sessions/{jointId}{url}"); s.StatusCodeShouldBe(404); });
            (await answer.ReadJson()).GetProperty("title").GetString().ShouldBe("Gezamenlijke sessie niet gevonden.");
        }
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task programmes_of_other_opdrachtgevers_or_without_the_scheduling_right_are_refused_and_nothing_is_written()
    {
        var ghnt = await Programme("GHNT", "Ministerie van VWS", "Ministerie van JenV");
        var wvggz = await Programme("Wvggz", "Ministerie van VWS");
        ActAs(People.Administrator);
        var elsewhere = await Host.Create("/api/programmes", new Dictionary<string, object?>(Samples.Programme()) { ["name"] = "Elders" });
        var before = await EventCount();

        ActAs(People.Facilitator);
        var differ = await Host.PostCommand("/api/joint-reflection-sessions", Joint(ghnt, wvggz), 409);
        (await differ.Rule()).ShouldBe("reflection.joint-same-opdrachtgevers");
        (await differ.ReadJson()).GetProperty("detail").GetString()!.ShouldContain("Wvggz: Ministerie van VWS");
        var notMine = await Host.PostCommand("/api/joint-reflection-sessions", Joint(ghnt, elsewhere), 404);
        (await notMine.ReadJson()).GetProperty("title").GetString().ShouldBe("Programma niet gevonden.");
        (await (await Host.PostCommand("/api/joint-reflection-sessions", Joint(ghnt), 400)).NamesField("programmeIds")).ShouldBeTrue();

        ActAs(People.Director);
        await Host.PostCommand("/api/joint-reflection-sessions", Joint(ghnt, wvggz), 403);
        App.ActingAs = null;
        await Host.PostCommand("/api/joint-reflection-sessions", Joint(ghnt, wvggz), 401);

        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task a_joint_agenda_that_leaves_a_programme_out_is_400_and_writes_nothing()
    {
        var ghnt = await Programme("GHNT", "Ministerie van VWS");
        var zorg = await Programme("Zorg en veiligheid", "Ministerie van VWS");
        var jointId = await Schedule(ghnt, zorg);
        var before = await EventCount();

        var refused = await Host.PostCommand($"/api/joint-reflection-sessions/{jointId}/agenda", new { items = new[] { new { programmeId = ghnt, title = "Alleen GHNT" } } }, 400);

        (await refused.NamesField("items")).ShouldBeTrue();
        (await EventCount()).ShouldBe(before);
        await Host.PostCommand($"/api/joint-reflection-sessions/{jointId}/held", new { attendees = new[] { "Petra" }, outcomes = "Te vroeg" }, 409);
        (await EventCount()).ShouldBe(before);
    }
}
