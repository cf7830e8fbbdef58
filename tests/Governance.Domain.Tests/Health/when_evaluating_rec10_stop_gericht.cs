using Governance.Domain.Health;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Tests.Health;

public class when_evaluating_rec10_stop_gericht : HealthSpec
{
    private const Recommendation Rec = Recommendation.StopGericht;

    private void BorgingPlan(LocalDate on) =>
        Given(new BorgingPlanRecorded(ProgrammeId, [new BorgingItem("Regionale aanpak", Guid.NewGuid())], Noon(on)));

    [Fact]
    public void a_plan_from_the_start_is_green_until_six_months_before_the_end()
    {
        BorgingPlan(D(2020, 2, 1));
        StatusOn(D(2022, 6, 29), Rec).ShouldBe(IndicatorStatus.Groen);
        StatusOn(D(2022, 6, 30), Rec).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void without_a_decision_it_is_orange_until_three_months_before_the_end_then_red()
    {
        BorgingPlan(D(2020, 2, 1));
        StatusOn(D(2022, 9, 29), Rec).ShouldBe(IndicatorStatus.Oranje);
        StatusOn(D(2022, 9, 30), Rec).ShouldBe(IndicatorStatus.Rood);
    }

    [Fact]
    public void a_continuation_decision_keeps_it_green_to_the_end()
    {
        BorgingPlan(D(2020, 2, 1));
        Given(new ContinuationDecided(ProgrammeId, ContinuationChoice.OverdragenAanLijn, "Effect bereikt", D(2022, 3, 1), Noon(D(2022, 3, 1))));
        StatusOn(D(2022, 12, 31), Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void a_plan_recorded_after_the_start_window_is_orange()
    {
        BorgingPlan(AfterStartWindow);
        var result = On(AfterStartWindow, Rec);
        result.Status.ShouldBe(IndicatorStatus.Oranje);
        result.Reason.ShouldBe("Het borgingsplan is pas na de start vastgelegd.");
    }

    [Fact]
    public void no_plan_is_not_yet_assessable_while_the_end_is_far_and_the_passed_commitment_counts_as_it_nears()
    {
        StatusOn(AfterStartWindow.PlusDays(-1), Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        StatusOn(D(2022, 6, 30), Rec).ShouldBe(IndicatorStatus.Oranje);
        var near = On(D(2022, 9, 30), Rec);
        near.Status.ShouldBe(IndicatorStatus.Rood);
        near.Reason.ShouldContain("geen besluit over voortzetting vastgelegd");
    }

    [Fact]
    public void an_extension_without_a_continuation_decision_is_red()
    {
        BorgingPlan(D(2020, 2, 1));
        Given(new ProgrammeExtended(ProgrammeId, PlannedEnd, PlannedEnd.PlusYears(1), "Meer tijd nodig", Noon(D(2021, 1, 10))));
        var result = On(D(2021, 1, 10), Rec);
        result.Status.ShouldBe(IndicatorStatus.Rood);
        result.Reason.ShouldBe("Het programma is verlengd en er is geen besluit over de voortzetting vastgelegd.");
        result.Evidence.ShouldContain(e => e.Kind == EvidenceKind.Negative && e.Text.StartsWith("Verlengd tot"));
    }

    [Fact]
    public void near_the_end_the_effect_measured_and_lessons_shared_are_evidence_and_their_absence_is_listed_not_judged()
    {
        Given(new BorgingPlanRecorded(ProgrammeId, [new BorgingItem("Aanpak", Guid.NewGuid())], Noon(D(2020, 2, 1))));
        Given(new ContinuationDecided(ProgrammeId, ContinuationChoice.OverdragenAanLijn, "Naar de lijn", D(2022, 5, 1), Noon(D(2022, 5, 1))));
        var near = On(D(2022, 8, 1), Rec);
        near.Status.ShouldBe(IndicatorStatus.Groen);
        near.Missing.ShouldContain(m => m.Contains("beoogd maatschappelijk effect"));
        near.Missing.ShouldContain(m => m.Contains("groter publiek"));

        Given(new EffectMeasured(ProgrammeId, "Impactmonitor", "Minder herhaald geweld", D(2022, 8, 2), Noon(D(2022, 8, 2))));
        Given(new LessonsShared(ProgrammeId, "Andere programma's", "Publicatie", D(2022, 8, 3), Noon(D(2022, 8, 3))));
        var recorded = On(D(2022, 8, 3), Rec);
        recorded.Status.ShouldBe(IndicatorStatus.Groen);
        recorded.Missing.ShouldBeEmpty();
        recorded.Evidence.ShouldContain(e => e.Text == "Effect gemeten: Impactmonitor: Minder herhaald geweld.");
        recorded.Evidence.ShouldContain(e => e.Text.StartsWith("Lessen gedeeld met een groter publiek"));
    }
}
