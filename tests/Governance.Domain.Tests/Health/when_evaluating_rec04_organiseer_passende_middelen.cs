using Governance.Domain.Health;
using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;

namespace Governance.Domain.Tests.Health;

public class when_evaluating_rec04_organiseer_passende_middelen : HealthSpec
{
    private const Recommendation Rec = Recommendation.OrganiseerPassendeMiddelen;

    [Fact]
    public void funding_up_to_the_planned_end_is_just_green()
    {
        Funding(until: PlannedEnd, by: Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever));
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void funding_ending_a_day_before_the_planned_end_is_orange()
    {
        Funding(until: PlannedEnd.PlusDays(-1), by: Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever));
        var result = On(AfterStartWindow, Rec);
        result.Status.ShouldBe(IndicatorStatus.Oranje);
        result.Missing.ShouldHaveSingleItem().ShouldContain("31 december 2022");
    }

    [Fact]
    public void funding_exactly_six_months_ahead_is_orange_and_one_day_later_red_without_any_new_event()
    {
        Funding(until: D(2020, 12, 1), by: Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever));
        StatusOn(D(2020, 6, 1), Rec).ShouldBe(IndicatorStatus.Oranje);
        StatusOn(D(2020, 6, 2), Rec).ShouldBe(IndicatorStatus.Rood);
    }

    [Fact]
    public void no_funding_is_not_yet_assessable_before_and_after_the_start_window()
    {
        StatusOn(AfterStartWindow.PlusDays(-1), Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        var result = On(AfterStartWindow, Rec);
        result.Status.ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        result.Reason.ShouldBe("Nog niet te beoordelen: niet vastgelegd welke financiering is toegezegd.");
    }

    [Fact]
    public void funding_committed_by_the_opdrachtnemer_is_red_however_long_it_runs()
    {
        Funding(until: PlannedEnd, by: Partner("Programmabureau", Start, role: PartnerRole.Opdrachtnemer));
        var result = On(AfterStartWindow, Rec);
        result.Status.ShouldBe(IndicatorStatus.Rood);
        result.Reason.ShouldContain("opdrachtnemer");
    }

    [Fact]
    public void open_dissent_of_the_financier_on_a_decision_about_means_keeps_it_from_green_until_the_decision_is_taken()
    {
        var vws = Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever);
        Funding(PlannedEnd, vws);
        var decision = Guid.NewGuid();
        Given(new DecisionLogged(decision, ProgrammeId, "Subsidieregeling", "", [], "Regeling", "Waarom", new DecisionMaker(null, null, "Overleg"),
            null, D(2020, 6, 1), [Recommendation.OrganiseerPassendeMiddelen], "", null, DecisionStatus.Proposed, new WooClassification(true, null), Noon(D(2020, 6, 1))));
        Given(new PartnerPositionRecorded(decision, ProgrammeId, vws, PartnerPosition.Dissents, "Eerst de regels", Noon(D(2020, 6, 12))));

        StatusOn(D(2020, 6, 11), Rec).ShouldBe(IndicatorStatus.Groen);
        var during = On(D(2020, 6, 12), Rec);
        during.Status.ShouldBe(IndicatorStatus.Oranje);
        during.Evidence.ShouldContain(e => e.Kind == EvidenceKind.Negative && e.Text.Contains("oneens"));

        Given(new DecisionTaken(decision, ProgrammeId, D(2021, 1, 15), Noon(D(2021, 1, 15))));
        StatusOn(D(2021, 1, 15), Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void a_decision_to_continue_with_only_temporary_funding_is_orange_and_structural_funding_makes_it_green()
    {
        var vws = Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever);
        Funding(PlannedEnd, vws);
        Given(new ContinuationDecided(ProgrammeId, ContinuationChoice.OverdragenAanLijn, "Borgen", D(2022, 3, 1), Noon(D(2022, 3, 1))));
        StatusOn(D(2022, 3, 1), Rec).ShouldBe(IndicatorStatus.Oranje);

        Given(new FundingCommitted(ProgrammeId, Guid.NewGuid(), vws, 500_000m, D(2023, 1, 1), D(2026, 12, 31), FundingKind.Structureel, Noon(D(2022, 5, 1))));
        StatusOn(D(2022, 5, 1), Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void a_contested_instrument_is_orange_even_before_funding_is_recorded_until_the_dispute_is_settled()
    {
        // GHNT: "Kort na die start bleek de totstandkoming van een subsidieregeling niet zonder slag of stoot te gaan" (004 l. 679–683).
        var vws = Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever);
        var instrument = Guid.NewGuid();
        Given(new MeansInstrumentEstablished(ProgrammeId, instrument, "Subsidieregeling", MeansInstrumentKind.Subsidieregeling, D(2020, 3, 1), Noon(D(2020, 3, 1))));
        StatusOn(D(2020, 3, 1), Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);

        Given(new MeansInstrumentContested(ProgrammeId, instrument, vws, "Voorwaarden te ruim", D(2020, 4, 1), Noon(D(2020, 4, 1))));
        var contested = On(D(2020, 4, 1), Rec);
        contested.Status.ShouldBe(IndicatorStatus.Oranje);
        contested.Evidence.ShouldContain(e => e.Kind == EvidenceKind.Negative && e.Text.StartsWith("Ministerie van VWS betwist het middel 'Subsidieregeling'"));
        Funding(PlannedEnd, vws, D(2020, 4, 2));
        StatusOn(D(2020, 4, 2), Rec).ShouldBe(IndicatorStatus.Oranje);

        Given(new MeansInstrumentDisputeSettled(ProgrammeId, instrument, "Voorwaarden aangescherpt", D(2020, 6, 1), Noon(D(2020, 6, 1))));
        StatusOn(D(2020, 6, 1), Rec).ShouldBe(IndicatorStatus.Groen);
    }
}
