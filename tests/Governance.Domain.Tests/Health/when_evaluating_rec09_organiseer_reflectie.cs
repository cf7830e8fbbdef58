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
    public void without_an_agreed_cadence_an_old_session_stays_orange()
    {
        PartnerWithLearningGoal();
        SessionHeld(HeldOn);
        var result = On(HeldOn.PlusWeeks(40), Rec);
        result.Status.ShouldBe(IndicatorStatus.Oranje);
        result.Missing.ShouldContain(m => m.Contains("de laatste vastgelegde was op 1 juni 2020"));
    }

    [Fact]
    public void with_an_agreed_cadence_twelve_weeks_is_just_orange_one_day_more_red_worded_as_not_recorded()
    {
        PartnerWithLearningGoal();
        Given(new Governance.Domain.Programmes.ReflectionCadenceSet(ProgrammeId, 6, Noon(D(2020, 1, 10))));
        SessionHeld(HeldOn);
        StatusOn(HeldOn.PlusWeeks(12), Rec).ShouldBe(IndicatorStatus.Oranje);
        var result = On(HeldOn.PlusWeeks(12).PlusDays(1), Rec);
        result.Status.ShouldBe(IndicatorStatus.Rood);
        result.Reason.ShouldContain("geen gehouden bijeenkomst vastgelegd");
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
    public void a_recent_reflection_outranks_learning_goals_not_recorded()
    {
        Partner("VNG", D(2020, 1, 2));
        SessionHeld(HeldOn);
        var result = On(HeldOn.PlusWeeks(1), Rec);
        result.Status.ShouldBe(IndicatorStatus.Groen);
        result.Missing.ShouldContain("Leerdoelen van VNG vastleggen.");
    }

    [Fact]
    public void without_any_session_recorded_it_is_not_yet_assessable_in_and_after_the_start_window()
    {
        PartnerWithLearningGoal();
        StatusOn(AfterStartWindow.PlusDays(-1), Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        var result = On(D(2021, 1, 1), Rec);
        result.Status.ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        result.Missing.ShouldNotContain(m => m.Contains("ooit"));
    }

    [Fact]
    public void a_cadence_agreed_whose_first_session_never_came_turns_orange_then_red_worded_as_not_recorded()
    {
        // Agreed after the start window (until 1-4-2020), where absence is still not judged.
        Given(new Governance.Domain.Programmes.ReflectionCadenceSet(ProgrammeId, 6, Noon(D(2020, 4, 10))));
        StatusOn(D(2020, 4, 10).PlusWeeks(8), Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        var orange = On(D(2020, 4, 10).PlusWeeks(8).PlusDays(1), Rec);
        orange.Status.ShouldBe(IndicatorStatus.Oranje);
        orange.Reason.ShouldBe("Reflectie elke 6 weken is afgesproken op 10 april 2020; sindsdien is nog geen gehouden bijeenkomst vastgelegd.");
        StatusOn(D(2020, 4, 10).PlusWeeks(12), Rec).ShouldBe(IndicatorStatus.Oranje);
        var red = On(D(2020, 4, 10).PlusWeeks(12).PlusDays(1), Rec);
        red.Status.ShouldBe(IndicatorStatus.Rood);
        red.Reason.ShouldContain("geen gehouden bijeenkomst vastgelegd");
    }
}
