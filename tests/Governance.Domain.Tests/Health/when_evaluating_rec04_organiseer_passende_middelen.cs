using Governance.Domain.Health;
using Governance.Domain.Partners;

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
        result.Missing.ShouldHaveSingleItem().ShouldContain("31-12-2022");
    }

    [Fact]
    public void funding_exactly_six_months_ahead_is_orange_and_one_day_later_red_without_any_new_event()
    {
        Funding(until: D(2020, 12, 1), by: Partner("Ministerie van VWS", Start, role: PartnerRole.Opdrachtgever));
        StatusOn(D(2020, 6, 1), Rec).ShouldBe(IndicatorStatus.Oranje);
        StatusOn(D(2020, 6, 2), Rec).ShouldBe(IndicatorStatus.Rood);
    }

    [Fact]
    public void no_funding_is_red_after_the_start_window_and_not_yet_assessable_before()
    {
        StatusOn(AfterStartWindow.PlusDays(-1), Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.Rood);
    }

    [Fact]
    public void funding_committed_by_the_opdrachtnemer_is_red_however_long_it_runs()
    {
        Funding(until: PlannedEnd, by: Partner("Programmabureau", Start, role: PartnerRole.Opdrachtnemer));
        var result = On(AfterStartWindow, Rec);
        result.Status.ShouldBe(IndicatorStatus.Rood);
        result.Reason.ShouldContain("opdrachtnemer");
    }
}
