using FsCheck.Xunit;
using Governance.Domain.Health;
using NodaTime;

namespace Governance.Domain.Tests.Health;

/// <summary>
/// The portfolio keeps an evaluation for its steady period: that is only right if every moment in the period
/// evaluates exactly like the moment it was taken around, and the period ends where a fact or a local midnight
/// can change things.
/// </summary>
public class an_evaluation_stands_for_its_steady_period : HealthSpec
{
    [Property(MaxTest = 300)]
    public void every_moment_in_the_period_evaluates_the_same(int seed, int eventCount, int momentOffsetMinutes)
    {
        var history = RandomHistory.Generate(seed, Math.Abs(eventCount % 80));
        var facts = ProgrammeFacts.From(RandomHistory.ProgrammeId, history);
        // Moments close to the recorded events, so periods bounded by facts as well as by midnights come up.
        var near = history[Math.Abs(seed % history.Count)].Event.RecordedAt;
        var moment = near.Plus(Duration.FromMinutes(momentOffsetMinutes % (3 * 24 * 60)));

        var period = SteadyPeriod.Around(facts, moment);

        period.Contains(moment).ShouldBeTrue();
        var expected = as_of_equals_replay.Render(HealthEvaluation.Evaluate(facts, moment));
        foreach (var inside in new[] { period.From, period.Until.Minus(Duration.Epsilon), period.From.Plus((period.Until - period.From) / 2) })
            as_of_equals_replay.Render(HealthEvaluation.Evaluate(facts, inside)).ShouldBe(expected, $"at {inside} in {period}");
    }

    [Fact]
    public void without_later_facts_it_ends_at_the_next_midnight_in_amsterdam()
    {
        SessionHeld(D(2020, 6, 1));
        var period = SteadyPeriod.Around(Facts, Noon(D(2020, 6, 3)));

        period.From.ShouldBe(Instant.FromUtc(2020, 6, 2, 22, 0));
        period.Until.ShouldBe(Instant.FromUtc(2020, 6, 3, 22, 0));
    }

    [Fact]
    public void a_fact_recorded_the_same_day_bounds_it_on_either_side()
    {
        Care(D(2020, 6, 3));
        SessionHeld(D(2020, 6, 3));
        var care = Noon(D(2020, 6, 3));
        Given(new Governance.Domain.Care.VitalityCheckHeld(ProgrammeId, D(2020, 6, 3), "Tweede check", care.Plus(Duration.FromHours(3))));

        var period = SteadyPeriod.Around(Facts, care.Plus(Duration.FromHours(1)));

        period.From.ShouldBe(care);
        period.Until.ShouldBe(care.Plus(Duration.FromHours(3)));
        period.Contains(care.Plus(Duration.FromHours(3))).ShouldBeFalse();
    }
}
