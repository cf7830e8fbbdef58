using System.Text.Json;
using Alba;
using Governance.Host.Programmes;

namespace Governance.Host.Tests.Care;

/// <summary>
/// The decisive governance events over HTTP: each endpoint accepts what the domain accepts, refuses with problem
/// details naming the field or the rule (writing nothing), and the health indicator it concerns reads it.
/// </summary>
public class when_governance_events_are_recorded_over_http(AppFixture app) : HostTest(app)
{
    private async Task<JsonElement> Indicator(Guid programmeId, int number) =>
        (await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/health"))
            .GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("number").GetInt32() == number);

    [Fact]
    public async Task an_opdracht_not_reconfirmed_by_a_new_representative_turns_doorzettingskracht_red_until_it_is_reconfirmed()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var partner = $"/api/programmes/{programmeId}/partners/{vws}";
        await Host.PostJson($"{partner}/representatives", new { name = "Anna de Vries", function = "DG" }, 201);
        await Host.PostJson($"{partner}/representatives", new { name = "Bram Nieuw", function = "DG" }, 201);
        var events = await EventCount();

        var noReason = await Host.PostJson($"{partner}/opdracht-reconfirmation", new { reconfirmed = false, on = "2020-02-01" }, 400);
        (await noReason.NamesField("note")).ShouldBeTrue();
        var unknown = await Host.PostJson($"/api/programmes/{programmeId}/partners/{Guid.NewGuid()}/opdracht-reconfirmation",
            new { reconfirmed = true, on = "2020-02-01" }, 404);
        (await unknown.Rule()).ShouldBe("partner.not-found");
        (await EventCount()).ShouldBe(events);

        await Host.PostJson($"{partner}/opdracht-reconfirmation",
            new { reconfirmed = false, on = "2020-02-01", note = "Zien het als programma van het departement" }, 204);
        var rec5 = await Indicator(programmeId, 5);
        rec5.GetProperty("status").GetString().ShouldBe("rood");
        rec5.GetProperty("evidence").EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString() == "negative"
            && e.GetProperty("text").GetString()!.Contains("niet opnieuw bevestigd"));

        await Host.PostJson($"{partner}/opdracht-reconfirmation", new { reconfirmed = true, on = "2020-04-01" }, 204);
        (await Indicator(programmeId, 5)).GetProperty("status").GetString().ShouldNotBe("rood");
    }

    [Fact]
    public async Task a_tension_escalated_to_the_opdrachtgevers_waits_for_an_answer_once()
    {
        var programmeId = await App.RegisterProgramme(People);
        var bodyId = await Host.EstablishBody(programmeId);
        var tensionId = await Host.RaiseTension(programmeId);
        var tension = $"/api/programmes/{programmeId}/tensions/{tensionId}";

        var both = await Host.PostJson($"{tension}/escalation", new { bodyId, escalatedTo = "de opdrachtgevers", escalatedOn = "2019-04-15" }, 400);
        (await both.NamesField("bodyId")).ShouldBeTrue();
        var notEscalated = await Host.PostJson($"{tension}/escalation/answer", new { answer = "Ja", answeredOn = "2019-04-20" }, 409);
        (await notEscalated.Rule()).ShouldBe("tension.escalation-waiting");

        await Host.PostJson($"{tension}/escalation", new { escalatedTo = "de opdrachtgevers", escalatedOn = "2019-04-15" }, 204);
        (await Indicator(programmeId, 8)).GetProperty("evidence").EnumerateArray()
            .ShouldContain(e => e.GetProperty("kind").GetString() == "negative" && e.GetProperty("text").GetString()!.Contains("geëscaleerd"));

        await Host.PostJson($"{tension}/escalation/answer", new { answer = "De regeling wordt aangepast", answeredOn = "2019-05-01" }, 204);
        var events = await EventCount();
        var twice = await Host.PostJson($"{tension}/escalation/answer", new { answer = "Nogmaals", answeredOn = "2019-05-02" }, 409);
        (await twice.Rule()).ShouldBe("tension.escalation-waiting");
        (await EventCount()).ShouldBe(events);

        var care = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/tensions-and-care");
        var view = care.GetProperty("tensions").EnumerateArray().ShouldHaveSingleItem();
        view.GetProperty("status").GetString().ShouldBe("answered");
        view.GetProperty("escalatedToPerson").GetString().ShouldBe("de opdrachtgevers");
        view.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ShouldBe(["raised", "escalated", "answered"]);
        (await Indicator(programmeId, 8)).GetProperty("evidence").EnumerateArray()
            .ShouldContain(e => e.GetProperty("text").GetString()!.Contains("beantwoord na escalatie"));
    }

    [Fact]
    public async Task a_director_threatening_to_resign_is_strain_until_the_opdrachtgever_follows_it_up()
    {
        var programmeId = await App.RegisterProgramme(People);
        var strains = $"/api/programmes/{programmeId}/opdrachtnemer-strains";
        var events = await EventCount();
        var noKind = await Host.PostJson(strains, new { description = "Moeizaam met VWS", on = "2019-02-01" }, 400);
        (await noKind.NamesField("kind")).ShouldBeTrue();
        (await Host.PostJson($"{strains}/{Guid.NewGuid()}/follow-up", new { followUp = "Gesprek", on = "2019-02-05" }, 404)).ShouldNotBeNull();
        (await EventCount()).ShouldBe(events);

        var recorded = await Host.PostJson(strains, new { kind = "directorThreatenedToResign", description = "Moeizame samenwerking met VWS over de subsidieregeling", on = "2019-02-01" }, 201);
        var strainId = (await recorded.Read<CreatedId>()).Id;
        recorded.Context.Response.Headers.Location.ToString().ShouldBe($"{strains}/{strainId}");
        var rec8 = await Indicator(programmeId, 8);
        rec8.GetProperty("status").GetString().ShouldBe("rood");
        rec8.GetProperty("reason").GetString().ShouldBe("Druk op de opdrachtnemer is langer dan 12 weken niet opgevolgd door de opdrachtgever.");
        (await Indicator(programmeId, 5)).GetProperty("status").GetString().ShouldBe("oranje");

        await Host.PostJson($"{strains}/{strainId}/follow-up", new { followUp = "Gesprek tussen DG en directeur; afspraken over de regeling", on = "2019-02-08" }, 204);
        var twice = await Host.PostJson($"{strains}/{strainId}/follow-up", new { followUp = "Nogmaals", on = "2019-02-09" }, 409);
        (await twice.Rule()).ShouldBe("strain.followed-up-once");
        (await Indicator(programmeId, 8)).GetProperty("status").GetString().ShouldNotBe("rood");

        var care = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/tensions-and-care");
        var strain = care.GetProperty("strains").EnumerateArray().ShouldHaveSingleItem();
        strain.GetProperty("kind").GetString().ShouldBe("directorThreatenedToResign");
        strain.GetProperty("followedUpOn").GetString().ShouldBe("2019-02-08");
    }

    [Fact]
    public async Task a_standing_lived_experience_group_counts_for_blijf_de_mens_zien_until_it_ends()
    {
        var programmeId = await App.RegisterProgramme(People);
        var groups = $"/api/programmes/{programmeId}/lived-experience-arrangements";
        var named = await Host.PostJson(groups, new { name = "06-12345678", perspective = "slachtoffers", establishedOn = "2025-06-01" }, 400);
        (await named.NamesField("name")).ShouldBeTrue();

        var created = await Host.PostJson(groups, new { name = "Spiegelgroep", perspective = "slachtoffers en plegers", establishedOn = "2025-06-01" }, 201);
        var groupId = (await created.Read<CreatedId>()).Id;
        var rec7 = await Indicator(programmeId, 7);
        rec7.GetProperty("status").GetString().ShouldBe("groen");
        rec7.GetProperty("evidence").EnumerateArray().ShouldContain(e => e.GetProperty("text").GetString() == "Staande groep aan tafel: Spiegelgroep (sinds 1 juni 2025).");

        await Host.PostJson($"{groups}/{groupId}/end", new { reason = "Opgeheven", endedOn = "2025-07-01" }, 204);
        var twice = await Host.PostJson($"{groups}/{groupId}/end", new { reason = "Nogmaals", endedOn = "2025-07-02" }, 409);
        (await twice.Rule()).ShouldBe("arrangement.ended-once");
        // Eight months after its end (now is 2 March 2026): heard before, not in the six-month window.
        (await Indicator(programmeId, 7)).GetProperty("status").GetString().ShouldBe("oranje");
        var care = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/tensions-and-care");
        care.GetProperty("arrangements").EnumerateArray().ShouldHaveSingleItem().GetProperty("endedOn").GetString().ShouldBe("2025-07-01");
    }
}
