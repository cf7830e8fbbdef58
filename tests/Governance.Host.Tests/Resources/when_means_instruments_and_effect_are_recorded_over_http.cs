using System.Text.Json;
using Alba;
using Governance.Host.Programmes;

namespace Governance.Host.Tests.Resources;

public class when_means_instruments_and_effect_are_recorded_over_http(AppFixture app) : HostTest(app)
{
    private async Task<JsonElement> Indicator(Guid programmeId, int number) =>
        (await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/health"))
            .GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("number").GetInt32() == number);

    [Fact]
    public async Task an_instrument_contested_by_a_partner_keeps_means_from_green_until_the_dispute_is_settled()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var instruments = $"/api/programmes/{programmeId}/instruments";
        var noKind = await Host.PostJson(instruments, new { name = "Subsidieregeling", establishedOn = "2019-01-10" }, 400);
        (await noKind.NamesField("kind")).ShouldBeTrue();

        var created = await Host.PostJson(instruments, new { name = "Subsidieregeling regionale projectleiders", kind = "subsidieregeling", establishedOn = "2019-01-10" }, 201);
        var instrumentId = (await created.Read<CreatedId>()).Id;
        var unknown = await Host.PostJson($"{instruments}/{Guid.NewGuid()}/contest", new { partnerId = vws, reason = "x", contestedOn = "2019-02-01" }, 404);
        (await unknown.Rule()).ShouldBe("instrument.exists");
        var notOpen = await Host.PostJson($"{instruments}/{instrumentId}/settlement", new { outcome = "Klaar", settledOn = "2019-02-01" }, 409);
        (await notOpen.Rule()).ShouldBe("instrument.dispute-open");

        await Host.PostJson($"{instruments}/{instrumentId}/contest", new { partnerId = vws, reason = "Voorwaarden te ruim", contestedOn = "2019-02-01" }, 204);
        var rec4 = await Indicator(programmeId, 4);
        rec4.GetProperty("status").GetString().ShouldBe("oranje");
        rec4.GetProperty("reason").GetString().ShouldBe("Een middel wordt betwist en dat is nog niet beslecht.");
        var resources = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/resources");
        resources.GetProperty("instruments").EnumerateArray().ShouldHaveSingleItem().GetProperty("contestedBy").GetString().ShouldBe("Ministerie van VWS");

        await Host.PostJson($"{instruments}/{instrumentId}/settlement", new { outcome = "Voorwaarden aangescherpt", settledOn = "2019-03-01" }, 204);
        (await Indicator(programmeId, 4)).GetProperty("status").GetString().ShouldBe("nogNietTeBeoordelen");
    }

    [Fact]
    public async Task the_effect_measured_and_lessons_shared_are_evidence_for_stop_gericht()
    {
        var programmeId = await App.RegisterProgramme(People);
        var events = await EventCount();
        var bad = await Host.PostJson($"/api/programmes/{programmeId}/effect-measurements", new { whatWasMeasured = "Impactmonitor", measuredOn = "2021-06-01" }, 400);
        (await bad.NamesField("finding")).ShouldBeTrue();
        (await EventCount()).ShouldBe(events);

        await Host.PostJson($"/api/programmes/{programmeId}/effect-measurements",
            new { whatWasMeasured = "Impactmonitor", finding = "Minder herhaald geweld in 576 gezinnen", measuredOn = "2021-06-01" }, 204);
        await Host.PostJson($"/api/programmes/{programmeId}/lessons-shared",
            new { audience = "Andere programma's", how = "Publicatie Lessen die je raken", sharedOn = "2021-09-01" }, 204);

        var evidence = (await Indicator(programmeId, 10)).GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        evidence.ShouldContain("Effect gemeten: Impactmonitor: Minder herhaald geweld in 576 gezinnen.");
        evidence.ShouldContain("Lessen gedeeld met een groter publiek: Andere programma's (Publicatie Lessen die je raken).");
    }
}
