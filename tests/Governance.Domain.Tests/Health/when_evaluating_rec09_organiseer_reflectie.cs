using Governance.Domain.Health;
using Governance.Domain.Partners;
using NodaTime;

namespace Governance.Domain.Tests.Health;

public class when_evaluating_rec09_organiseer_reflectie : HealthSpec
{
    private const Recommendation Rec = Recommendation.OrganiseerReflectie;
    private static readonly LocalDate HeldOn = D(2020, 6, 1);

    private void PartnerWithLearningGoal()
    {
        var partner = Partner("VNG", D(2020, 1, 2));
        Given(new LearningGoalSet(ProgrammeId, partner, Guid.NewGuid(), "Samen leren", Noon(D(2020, 1, 3))));
    }

    [Fact]
    public void eight_weeks_after_a_session_is_just_green_one_day_more_orange()
    {
        PartnerWithLearningGoal();
        SessionHeld(HeldOn);
        StatusOn(HeldOn.PlusWeeks(8), Rec).ShouldBe(IndicatorStatus.Groen);
        StatusOn(HeldOn.PlusWeeks(8).PlusDays(1), Rec).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void twelve_weeks_is_just_orange_one_day_more_red()
    {
        PartnerWithLearningGoal();
        SessionHeld(HeldOn);
        StatusOn(HeldOn.PlusWeeks(12), Rec).ShouldBe(IndicatorStatus.Oranje);
        var result = On(HeldOn.PlusWeeks(12).PlusDays(1), Rec);
        result.Status.ShouldBe(IndicatorStatus.Rood);
        result.Reason.ShouldBe("Langer dan 12 weken geen reflectie gehouden.");
    }

    [Fact]
    public void one_cancellation_in_a_row_is_orange_two_are_red()
    {
        PartnerWithLearningGoal();
        SessionHeld(HeldOn);
        SessionCancelled(HeldOn.PlusWeeks(2));
        StatusOn(HeldOn.PlusWeeks(3), Rec).ShouldBe(IndicatorStatus.Oranje);
        SessionCancelled(HeldOn.PlusWeeks(4));
        var result = On(HeldOn.PlusWeeks(5), Rec);
        result.Status.ShouldBe(IndicatorStatus.Rood);
        result.Evidence.Count(e => e.Text.Contains("Kamervragen")).ShouldBe(2);
    }

    [Fact]
    public void no_learning_goals_at_all_is_red()
    {
        Partner("VNG", D(2020, 1, 2));
        SessionHeld(HeldOn);
        StatusOn(HeldOn.PlusWeeks(1), Rec).ShouldBe(IndicatorStatus.Rood);
    }

    [Fact]
    public void without_any_session_it_is_not_yet_assessable_in_the_start_window_and_counts_from_the_start_date_after()
    {
        PartnerWithLearningGoal();
        StatusOn(AfterStartWindow.PlusDays(-1), Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.Rood);
    }
}
