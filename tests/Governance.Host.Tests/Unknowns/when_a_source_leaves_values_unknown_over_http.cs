using System.Text.Json;
using Alba;
using Governance.Host.Programmes;

namespace Governance.Host.Tests.Unknowns;

/// <summary>
/// Issue 17 §6 over HTTP: a programme entered as sparse sources allow — no planned end, funding without amount or
/// horizon, a decision whose decider is unknown, a body and a mandate whose aspects are unknown. The indicators that
/// need those values are nog niet te beoordelen, and none is rood.
/// </summary>
public class when_a_source_leaves_values_unknown_over_http(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task every_unknown_is_accepted_shown_as_unknown_and_the_indicators_needing_it_are_not_yet_assessable()
    {
        var registration = Samples.Programme();
        registration.Remove("plannedEndDate");
        var programmeId = await App.RegisterProgramme(People, registration);
        var url = $"/api/programmes/{programmeId}";
        var vws = await Host.AddPartner(programmeId);

        ActAs(People.Opdrachtgever);
        await Host.PostTo($"{url}/funding", new { committedByPartnerId = vws, from = "2018-04-01", kind = "tijdelijk" }, 201);
        var bodyId = await Host.EstablishBody(programmeId, new
        {
            name = "Bestuurlijk overleg", kind = "bestuurlijkOverleg", purpose = "Sturing", meetingsPerYear = 4, aspectsUnknown = true,
        });
        await Host.AddBodyMember(programmeId, bodyId, vws);
        await Host.PostTo($"{url}/mandates", new { holderId = bodyId, grantedByPartnerId = vws, scope = "Invoering", aspectsUnknown = true, validFrom = "2018-06-01" }, 201);
        ActAs(People.Director);
        var decision = Samples.Decision(vws);
        decision["decidedBy"] = new { unknown = true };
        await Host.PostTo($"{url}/decisions", decision, 201);

        var health = await Host.GetHealth(programmeId);
        foreach (var number in new[] { 4, 5, 10 })
            health.IndicatorStatus(number).ShouldBe("nogNietTeBeoordelen", $"aanbeveling {number}");
        var indicators = health.GetProperty("indicators").EnumerateArray().ToList();
        indicators.ShouldAllBe(i => i.GetProperty("status").GetString() != "rood");
        indicators[3].GetProperty("reason").GetString()!.ShouldContain("niet vastgelegd wanneer het programma volgens plan eindigt");
        indicators[4].GetProperty("reason").GetString()!.ShouldContain("niet vastgelegd op welke aspecten");
        indicators[9].GetProperty("reason").GetString()!.ShouldContain("niet vastgelegd wanneer het programma volgens plan eindigt");

        // The portfolio (kept evaluations, attention lists) reads the same programme without a planned end.
        ActAs(People.Opdrachtgever);
        var portfolio = (await Host.GetAsJson<JsonElement>("/api/portfolio")).GetProperty("programmes").EnumerateArray()
            .Single(p => p.GetProperty("programmeId").GetGuid() == programmeId);
        portfolio.GetProperty("indicators")[9].GetProperty("status").GetString().ShouldBe("nogNietTeBeoordelen");

        var overview = await Host.GetAsJson<JsonElement>(url);
        overview.GetProperty("plannedEndDate").ValueKind.ShouldBe(JsonValueKind.Null);
        overview.GetProperty("decisions")[0].GetProperty("decidedBy").ValueKind.ShouldBe(JsonValueKind.Null);
        var funding = (await Host.GetAsJson<JsonElement>($"{url}/resources")).GetProperty("funding")[0];
        funding.GetProperty("amountEuro").ValueKind.ShouldBe(JsonValueKind.Null);
        funding.GetProperty("until").ValueKind.ShouldBe(JsonValueKind.Null);
        (await Host.GetAsJson<JsonElement>($"{url}/bodies")).GetProperty("bodies")[0].GetProperty("aspects").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task the_planned_end_is_filled_in_once_known_and_after_that_only_an_extension_moves_it()
    {
        var registration = Samples.Programme();
        registration["plannedEndDate"] = null;
        var programmeId = await App.RegisterProgramme(People, registration);
        var url = $"/api/programmes/{programmeId}";

        static string StopGericht(JsonElement health) => health.GetProperty("indicators")[9].GetProperty("reason").GetString()!;
        StopGericht(await Host.GetHealth(programmeId)).ShouldContain("niet vastgelegd wanneer het programma volgens plan eindigt");

        await Host.PostJson($"{url}/planned-end", new { plannedEndDate = "2021-12-31" }, 200);
        (await Host.GetAsJson<JsonElement>(url)).GetProperty("plannedEndDate").GetString().ShouldBe("2021-12-31");
        // The health facts read it too: past that end without a decision, the dated commitment counts again.
        var health = await Host.GetHealth(programmeId);
        StopGericht(health).ShouldNotContain("volgens plan eindigt");
        health.IndicatorStatus(10).ShouldBe("rood");

        var again = await Host.PostJson($"{url}/planned-end", new { plannedEndDate = "2022-12-31" }, 409);
        (await again.Rule()).ShouldBe("programme.planned-end-known");
    }

    [Fact]
    public async Task a_forgotten_decider_or_aspects_are_still_refused_naming_the_field()
    {
        var programmeId = await App.RegisterProgramme(People);
        var url = $"/api/programmes/{programmeId}";
        var vws = await Host.AddPartner(programmeId);
        var decision = Samples.Decision(vws);
        decision.Remove("decidedBy");
        (await (await Host.PostTo($"{url}/decisions", decision, 400)).NamesField("decidedBy")).ShouldBeTrue();

        ActAs(People.Opdrachtgever);
        var bodyId = await Host.EstablishBody(programmeId);
        var mandate = await Host.PostTo($"{url}/mandates", new { holderId = bodyId, grantedByPartnerId = vws, scope = "Invoering", validFrom = "2018-06-01" }, 400);
        (await mandate.NamesField("aspects")).ShouldBeTrue();
    }
}
