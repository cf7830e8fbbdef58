using Governance.Domain.Common;
using Governance.Domain.Health;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Tests.Health;

public class when_changing_health_thresholds : HealthSpec
{
    private static readonly Instant Now = Instant.FromUtc(2020, 6, 1, 10, 0);

    private static Programme Registered(params object[] more) => Programme.From(
        new object[] { new ProgrammeRegistered(Guid.NewGuid(), "P", "O", "VWS", Start, PlannedEnd, Now) }.Concat(more));

    [Fact]
    public void valid_thresholds_with_a_reason_are_recorded()
    {
        var programme = Registered();
        var thresholds = HealthThresholds.Default with { Rec9GreenWithinWeeks = 6, Rec9RedAfterWeeks = 10 };
        var outcome = ChangeHealthThresholds.Decide(programme, new ChangeHealthThresholds(thresholds, "Maandelijkse reflectie afgesproken"), Now);
        outcome.Events.ShouldHaveSingleItem().ShouldBe(new HealthThresholdsChanged(programme.Id, thresholds, "Maandelijkse reflectie afgesproken", Now));
    }

    [Fact]
    public void an_orange_limit_not_below_the_red_limit_is_refused_naming_the_field()
    {
        var outcome = ChangeHealthThresholds.Decide(Registered(),
            new ChangeHealthThresholds(HealthThresholds.Default with { Rec9GreenWithinWeeks = 12, Rec9RedAfterWeeks = 12 }, "Ruimer"), Now);
        var refusal = outcome.Refusals.ShouldHaveSingleItem();
        refusal.Field.ShouldBe("thresholds.rec9GreenWithinWeeks");
        refusal.Rule.ShouldBe("health.threshold-order");
    }

    [Theory]
    [InlineData(101, "thresholds.rec2GreenFromPercent")]
    [InlineData(-1, "thresholds.rec2GreenFromPercent")]
    public void a_percentage_outside_0_to_100_is_refused(int value, string field)
    {
        var outcome = ChangeHealthThresholds.Decide(Registered(),
            new ChangeHealthThresholds(HealthThresholds.Default with { Rec2GreenFromPercent = value }, "Test"), Now);
        outcome.Refusals.ShouldContain(r => r.Field == field && r.Rule == "health.threshold-range");
    }

    [Fact]
    public void the_boundaries_of_a_range_are_accepted()
    {
        var outcome = ChangeHealthThresholds.Decide(Registered(),
            new ChangeHealthThresholds(HealthThresholds.Default with { StartWindowMonths = 24, Rec2RedBelowPercent = 0, Rec2GreenFromPercent = 100 }, "Grenzen"), Now);
        outcome.IsRefused.ShouldBeFalse();
    }

    [Fact]
    public void missing_thresholds_and_reason_are_refused_naming_both()
    {
        var outcome = ChangeHealthThresholds.Decide(Registered(), new ChangeHealthThresholds(null, " "), Now);
        outcome.Refusals.Select(r => r.Field).ShouldBe(["thresholds", "reason"], ignoreOrder: true);
    }

    [Fact]
    public void an_ended_programme_keeps_its_thresholds()
    {
        var programme = Registered(new ProgrammeEnded(Guid.Empty, D(2022, 12, 31), "Klaar", Now));
        var outcome = ChangeHealthThresholds.Decide(programme, new ChangeHealthThresholds(HealthThresholds.Default, "Later"), Now);
        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }

    [Fact]
    public void changed_thresholds_apply_from_when_they_were_recorded_not_before()
    {
        SessionHeld(D(2020, 6, 1));
        Given(new HealthThresholdsChanged(ProgrammeId, HealthThresholds.Default with { Rec9GreenWithinWeeks = 4, Rec9RedAfterWeeks = 6 }, "Strakker", Noon(D(2020, 7, 15))));
        var before = Noon(D(2020, 7, 14));
        var after = Noon(D(2020, 7, 16));

        HealthEvaluation.Evaluate(Facts, before)[8].Status.ShouldBe(IndicatorStatus.Groen);
        HealthEvaluation.Evaluate(Facts, after)[8].Status.ShouldBe(IndicatorStatus.Oranje);
        Facts.AsOf(before).EffectiveThresholds.ShouldBe(HealthThresholds.Default);
    }
}
