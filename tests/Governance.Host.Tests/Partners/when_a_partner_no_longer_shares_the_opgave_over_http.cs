using System.Text.Json;
using Alba;

namespace Governance.Host.Tests.Partners;

/// <summary>
/// Rec. 2 over HTTP: an endorsement withdrawn, dissent on the opgave recorded and resolved. Each refusal names its
/// field or rule and writes nothing; the partner register and the health indicator read what was accepted.
/// </summary>
public class when_a_partner_no_longer_shares_the_opgave_over_http(AppFixture app) : HostTest(app)
{
    private async Task<JsonElement> Rec2(Guid programmeId) =>
        (await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/health"))
            .GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("number").GetInt32() == 2);

    [Fact]
    public async Task dissent_keeps_verbind_opgave_en_spelers_from_green_and_a_withdrawn_endorsement_of_the_opdrachtgever_turns_it_red()
    {
        var programmeId = await App.RegisterProgramme(People);
        var url = $"/api/programmes/{programmeId}";
        var vws = await Host.AddPartner(programmeId);
        var utrecht = await Host.AddPartner(programmeId, Samples.Partner("Gemeente Utrecht", "ketenpartner"));
        // A third partner, so one dissenting partner leaves two of three (67%) sharing the opgave: oranje, not rood.
        var ggd = await Host.AddPartner(programmeId, Samples.Partner("GGD GHOR Nederland", "ketenpartner"));
        await Host.PostJson($"{url}/opgave", new { opgave = "O", ambition = "A", intendedSocietalEffect = "E", kaders = "K", ruimte = "R" }, 200);
        foreach (var partnerId in new[] { vws, utrecht, ggd })
        {
            await Host.PostJson($"{url}/partners/{partnerId}/interest", new { interest = "Veilig thuis", contribution = "Inzet" }, 200);
            await Host.PostJson($"{url}/partners/{partnerId}/endorsement", new { endorsedOn = "2018-05-01" }, 200);
        }
        (await Rec2(programmeId)).GetProperty("status").GetString().ShouldBe("groen");

        var gemeente = $"{url}/partners/{utrecht}";
        var events = await EventCount();
        var noReason = await Host.PostJson($"{gemeente}/opgave-dissent", new { on = "2026-02-01" }, 400);
        (await noReason.NamesField("reason")).ShouldBeTrue();
        var future = await Host.PostJson($"{gemeente}/opgave-dissent", new { on = "2026-04-01", reason = "Te landelijk" }, 400);
        (await future.NamesField("on")).ShouldBeTrue();
        var notOpen = await Host.PostJson($"{gemeente}/opgave-dissent/resolution", new { on = "2026-02-01", how = "Gesprek" }, 409);
        (await notOpen.Rule()).ShouldBe("dissent.open");
        var unknown = await Host.PostJson($"{url}/partners/{Guid.NewGuid()}/endorsement/withdrawal", new { withdrawnOn = "2026-02-01", reason = "R" }, 404);
        (await unknown.Rule()).ShouldBe("partner.not-found");
        (await EventCount()).ShouldBe(events);

        await Host.PostJson($"{gemeente}/opgave-dissent", new { on = "2026-02-01", reason = "De ambitie is te landelijk" }, 204);
        var dissent = await Rec2(programmeId);
        dissent.GetProperty("status").GetString().ShouldBe("oranje");
        dissent.GetProperty("evidence").EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString() == "negative"
            && e.GetProperty("text").GetString() == "Gemeente Utrecht deelt de opgave niet (sinds 1 februari 2026: De ambitie is te landelijk).");
        var twice = await Host.PostJson($"{gemeente}/opgave-dissent", new { on = "2026-02-02", reason = "Nogmaals" }, 409);
        (await twice.Rule()).ShouldBe("dissent.open-once");
        var register = await Host.GetAsJson<JsonElement>($"{url}/partners");
        var entry = register.GetProperty("partners").EnumerateArray().Single(p => p.GetProperty("partnerId").GetGuid() == utrecht);
        entry.GetProperty("openDissent").GetProperty("reason").GetString().ShouldBe("De ambitie is te landelijk");

        await Host.PostJson($"{gemeente}/opgave-dissent/resolution", new { on = "2026-02-20", how = "Ambitie aangescherpt met de regio" }, 204);
        await Host.PostJson($"{gemeente}/endorsement", new { endorsedOn = "2026-02-21" }, 200);
        (await Rec2(programmeId)).GetProperty("status").GetString().ShouldBe("groen");

        var early = await Host.PostJson($"{url}/partners/{vws}/endorsement/withdrawal", new { withdrawnOn = "2018-04-01", reason = "R" }, 400);
        (await early.NamesField("withdrawnOn")).ShouldBeTrue();
        await Host.PostJson($"{url}/partners/{vws}/endorsement/withdrawal", new { withdrawnOn = "2026-03-01", reason = "Nieuwe DG wil de opgave herijken" }, 204);
        var withdrawn = await Rec2(programmeId);
        withdrawn.GetProperty("status").GetString().ShouldBe("rood");
        withdrawn.GetProperty("reason").GetString()!.ShouldContain("Ministerie van VWS trok op 1 maart 2026 de onderschrijving in (Nieuwe DG wil de opgave herijken)");
        var again = await Host.PostJson($"{url}/partners/{vws}/endorsement/withdrawal", new { withdrawnOn = "2026-03-01", reason = "R" }, 409);
        (await again.Rule()).ShouldBe("endorsement.standing");
    }
}
