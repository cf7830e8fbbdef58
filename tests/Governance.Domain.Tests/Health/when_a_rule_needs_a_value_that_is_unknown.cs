using Governance.Domain.Bodies;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;
using NodaTime;

namespace Governance.Domain.Tests.Health;

/// <summary>
/// Issue 17 §6: a rule that depends on a value recorded as "onbekend" says nog niet te beoordelen, naming what was
/// not recorded — never groen or rood on the unknown value; recorded negative evidence still counts.
/// </summary>
public class when_a_rule_needs_a_value_that_is_unknown : HealthSpec
{
    private void FundingUnknown(Guid by, LocalDate? until = null, decimal? amount = null) =>
        Given(new FundingCommitted(ProgrammeId, Guid.NewGuid(), by, amount, Start, until, FundingKind.Tijdelijk, Noon(Start)));

    [Fact]
    public void rec4_funding_with_an_unknown_end_is_not_yet_assessable_and_shows_the_unknown_amount()
    {
        FundingUnknown(Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever));

        // Late enough that a known horizon this short would long be rood: time alone does not judge what is unknown.
        var result = On(D(2022, 11, 1), Recommendation.OrganiseerPassendeMiddelen);
        result.Status.ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        result.Reason.ShouldBe("Nog niet te beoordelen: niet vastgelegd tot wanneer de toegezegde financiering loopt (de einddatum is onbekend).");
        result.Evidence.ShouldHaveSingleItem().Text.ShouldBe("Financiering toegezegd (tijdelijk): onbekend bedrag tot een onbekende einddatum.");
        result.Missing.ShouldContain(m => m.StartsWith("Vastleggen tot wanneer de toegezegde financiering loopt"));
    }

    [Fact]
    public void rec4_a_known_horizon_reaching_the_end_is_green_beside_one_whose_end_is_unknown_but_a_short_one_is_not_judged()
    {
        var vws = Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever);
        FundingUnknown(vws);
        Funding(until: D(2020, 12, 1), by: vws);
        // The unknown commitment may reach the end: a short known one is no proof of a shortfall.
        StatusOn(D(2020, 6, 2), Recommendation.OrganiseerPassendeMiddelen).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);

        Funding(until: PlannedEnd, by: vws);
        StatusOn(D(2020, 6, 2), Recommendation.OrganiseerPassendeMiddelen).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void rec4_a_contested_instrument_still_counts_when_the_horizon_is_unknown()
    {
        var vws = Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever);
        var vng = Partner("VNG", Start, Bestuurslaag.Koepel, PartnerRole.StaandeOrganisatie);
        FundingUnknown(vws);
        var instrument = Guid.NewGuid();
        Given(new MeansInstrumentEstablished(ProgrammeId, instrument, "Subsidieregeling", MeansInstrumentKind.Subsidieregeling, D(2020, 5, 1), Noon(D(2020, 5, 1))));
        Given(new MeansInstrumentContested(ProgrammeId, instrument, vng, "Te weinig geld voor gemeenten", D(2020, 5, 2), Noon(D(2020, 5, 2))));

        StatusOn(D(2020, 6, 1), Recommendation.OrganiseerPassendeMiddelen).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void rec5_a_body_and_a_mandate_with_unknown_aspects_are_not_yet_assessable_saying_the_aspects_are_not_recorded()
    {
        var vws = Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever);
        var body = Guid.NewGuid();
        Given(new GovernanceBodyEstablished(ProgrammeId, body, "Bestuurlijk overleg", BodyKind.BestuurlijkOverleg, "Besluiten", 6, null, Noon(D(2020, 1, 15))));
        Given(new BodyMemberAdded(ProgrammeId, body, vws, Noon(D(2020, 1, 16))));
        Given(new MandateGranted(ProgrammeId, Guid.NewGuid(), body, vws, "Invoering", null, D(2020, 1, 20), null, Noon(D(2020, 1, 20))));

        var result = On(AfterStartWindow, Recommendation.CreeerDoorzettingskracht);
        result.Status.ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        result.Reason.ShouldBe("Nog niet te beoordelen: niet vastgelegd op welke aspecten de gremia en mandaten doorzettingsmacht hebben (zie hieronder).");
        result.Missing.ShouldContain(m => m.StartsWith("Vastleggen op welke aspecten de gremia en mandaten met onbekende aspecten"));
        result.Evidence.ShouldContain(e => e.Text == "Gremium Bestuurlijk overleg ingericht (aspecten van doorzettingsmacht niet vastgelegd).");
        result.Evidence.ShouldAllBe(e => e.Kind == EvidenceKind.Positive);
    }

    [Fact]
    public void rec5_a_mandate_with_unknown_aspects_never_lapses_into_orange()
    {
        var vws = Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever);
        var body = Body(D(2020, 1, 15), DoorzettingsAspect.Beleidsmatig);
        Given(new BodyMemberAdded(ProgrammeId, body, vws, Noon(D(2020, 1, 16))));
        Given(new MandateGranted(ProgrammeId, Guid.NewGuid(), body, vws, "Invoering", null, D(2020, 1, 20), D(2020, 3, 1), Noon(D(2020, 1, 20))));

        // Its end passed, but what it covered is unknown, so nothing is known to have become uncovered by it.
        StatusOn(D(2020, 6, 1), Recommendation.CreeerDoorzettingskracht).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
    }
}

/// <summary>The same, for a programme registered with its planned end left "onbekend".</summary>
public class when_the_planned_end_is_unknown : HealthSpec
{
    public when_the_planned_end_is_unknown() : base(plannedEndKnown: false) { }

    private void BorgingPlan(LocalDate on) =>
        Given(new BorgingPlanRecorded(ProgrammeId, [new BorgingItem("Regionale aanpak", Guid.NewGuid())], Noon(on)));

    [Theory]
    [InlineData(2020, 6, 1)]
    [InlineData(2022, 12, 1)]
    [InlineData(2030, 1, 1)]
    public void rec10_with_a_borging_plan_is_not_yet_assessable_at_any_date_saying_the_planned_end_is_not_recorded(int year, int month, int day)
    {
        BorgingPlan(D(2020, 2, 1));
        var result = On(D(year, month, day), Recommendation.StopGericht);
        result.Status.ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        result.Reason.ShouldBe("Nog niet te beoordelen: niet vastgelegd wanneer het programma volgens plan eindigt, dus niet te zeggen of een besluit over voortzetting al nodig is.");
        result.Missing.ShouldContain(m => m.StartsWith("De geplande einddatum van het programma vastleggen"));
    }

    [Fact]
    public void rec10_recorded_evidence_still_counts_an_extension_without_a_decision_is_rood_and_a_decision_is_groen()
    {
        BorgingPlan(D(2020, 2, 1));
        Given(new ProgrammeExtended(ProgrammeId, null, null, "Meer tijd nodig", Noon(D(2021, 1, 10))));
        var extended = On(D(2021, 1, 10), Recommendation.StopGericht);
        extended.Status.ShouldBe(IndicatorStatus.Rood);
        extended.Evidence.ShouldContain(e => e.Text == "Verlengd (nieuwe einddatum niet vastgelegd): Meer tijd nodig");

        Given(new ContinuationDecided(ProgrammeId, ContinuationChoice.OverdragenAanLijn, "Naar de lijn", D(2021, 2, 1), Noon(D(2021, 2, 1))));
        StatusOn(D(2021, 2, 1), Recommendation.StopGericht).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void rec10_once_the_planned_end_is_filled_in_the_approaching_end_counts_again_and_it_is_no_extension()
    {
        BorgingPlan(D(2020, 2, 1));
        Given(new PlannedEndDateRecorded(ProgrammeId, PlannedEnd, Noon(D(2021, 1, 10))));

        StatusOn(D(2021, 1, 10), Recommendation.StopGericht).ShouldBe(IndicatorStatus.Groen);
        StatusOn(D(2022, 6, 30), Recommendation.StopGericht).ShouldBe(IndicatorStatus.Oranje);
        StatusOn(D(2022, 9, 30), Recommendation.StopGericht).ShouldBe(IndicatorStatus.Rood);
    }

    [Fact]
    public void rec4_funding_with_a_known_end_is_not_yet_assessable_without_a_planned_end_to_reach()
    {
        Funding(until: D(2020, 12, 1), by: Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever));

        var result = On(D(2020, 11, 1), Recommendation.OrganiseerPassendeMiddelen);
        result.Status.ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        result.Reason.ShouldBe("Nog niet te beoordelen: niet vastgelegd wanneer het programma volgens plan eindigt, dus niet te zeggen of de financiering lang genoeg loopt.");
        result.Missing.ShouldContain(m => m.StartsWith("De geplande einddatum van het programma vastleggen"));
    }

    [Fact]
    public void no_indicator_is_rood_for_a_programme_with_only_its_registration_and_an_unknown_end()
    {
        HealthEvaluation.Evaluate(Facts, Noon(D(2030, 1, 1))).ShouldAllBe(r => r.Status == IndicatorStatus.NogNietTeBeoordelen);
    }
}
