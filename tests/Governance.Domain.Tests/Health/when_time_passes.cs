using Governance.Domain.Health;
using Governance.Domain.Partners;
using NodaTime;
using Governance.Domain.Common;

namespace Governance.Domain.Tests.Health;

/// <summary>Rules that depend on time passing change status without any new event, and the history says when and why.</summary>
public class when_time_passes : HealthSpec
{
    private static readonly LocalDate HeldOn = D(2020, 6, 1);

    public when_time_passes()
    {
        var partner = Partner("VNG", D(2020, 1, 2));
        Given(new LearningGoalSet(ProgrammeId, partner, Guid.NewGuid(), "Samen leren", Noon(D(2020, 1, 3))));
        // An agreed cadence is the dated commitment that lets the silence after it turn rood (not only oranje).
        Given(new Governance.Domain.Programmes.ReflectionCadenceSet(ProgrammeId, 6, Noon(D(2020, 1, 10))));
        SessionHeld(HeldOn);
    }

    [Fact]
    public void the_same_facts_give_green_then_orange_then_red_as_weeks_pass()
    {
        var facts = Facts;
        IndicatorStatus At(LocalDate date) => HealthEvaluation.Evaluate(facts, Noon(date))[8].Status;

        At(HeldOn.PlusWeeks(1)).ShouldBe(IndicatorStatus.Groen);
        At(HeldOn.PlusWeeks(10)).ShouldBe(IndicatorStatus.Oranje);
        At(HeldOn.PlusWeeks(20)).ShouldBe(IndicatorStatus.Rood);
    }

    [Fact]
    public void the_history_records_each_flip_at_the_local_midnight_it_happened_with_its_reason()
    {
        var from = Noon(HeldOn);
        var to = Noon(HeldOn.PlusWeeks(20));
        var reflection = IndicatorHistory.Between(Facts, from, to).Where(c => c.Number == 9).ToList();

        reflection.Select(c => (c.Date, c.Previous, c.Status)).ShouldBe(
        [
            (HeldOn, (IndicatorStatus?)null, IndicatorStatus.Groen),
            (HeldOn.PlusWeeks(8).PlusDays(1), IndicatorStatus.Groen, IndicatorStatus.Oranje),
            (HeldOn.PlusWeeks(12).PlusDays(1), IndicatorStatus.Oranje, IndicatorStatus.Rood),
        ]);
        reflection[1].At.ShouldBe(HeldOn.PlusWeeks(8).PlusDays(1).AtStartOfDayInZone(AmsterdamTime.Zone).ToInstant());
        reflection[2].Reason.ShouldBe("Reflectie elke 6 weken is afgesproken, maar sinds 1 juni 2020 is geen gehouden bijeenkomst vastgelegd (rood na 12 weken).");
    }

    [Fact]
    public void the_history_records_a_flip_caused_by_an_event_at_the_moment_it_was_recorded()
    {
        var secondSession = HeldOn.PlusWeeks(10);
        SessionHeld(secondSession);
        var changes = IndicatorHistory.Between(Facts, Noon(HeldOn), Noon(HeldOn.PlusWeeks(11))).Where(c => c.Number == 9).ToList();

        changes.Count.ShouldBe(3);
        changes[2].At.ShouldBe(Noon(secondSession));
        changes[2].Status.ShouldBe(IndicatorStatus.Groen);
    }
}

public class when_a_programme_has_ended : HealthSpec
{
    [Fact]
    public void its_indicators_stand_as_on_its_last_day_however_much_time_passes()
    {
        var partner = Partner("VNG", D(2020, 1, 2));
        Given(new LearningGoalSet(ProgrammeId, partner, Guid.NewGuid(), "Samen leren", Noon(D(2020, 1, 3))));
        SessionHeld(D(2022, 11, 1));
        Given(new Governance.Domain.Programmes.ProgrammeEnded(ProgrammeId, D(2022, 12, 1), "Afgerond", Noon(D(2022, 12, 1))));

        StatusOn(D(2022, 12, 1), Recommendation.OrganiseerReflectie).ShouldBe(IndicatorStatus.Groen);
        StatusOn(D(2024, 6, 1), Recommendation.OrganiseerReflectie).ShouldBe(IndicatorStatus.Groen);
    }
}
