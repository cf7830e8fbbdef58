using Governance.Domain.Common;
using FsCheck.Xunit;
using Governance.Domain.Health;
using NodaTime;

namespace Governance.Domain.Tests.Health;

/// <summary>
/// No flapping: on a day without new events an indicator can age groen → oranje, or oranje → rood, but never jump
/// from groen to rood. So a one-day rood between two groen days (the "comb" in the history chart) cannot happen
/// without an event that says so — for random histories, evaluated at the end of every day.
/// </summary>
public class time_alone_never_jumps_to_rood
{
    [Property(MaxTest = 120)]
    public void for_random_histories_day_by_day(int seed, int eventCount, int offsetDays)
    {
        var history = RandomHistory.Generate(seed, 5 + Math.Abs(eventCount % 60));
        var facts = ProgrammeFacts.From(RandomHistory.ProgrammeId, history);
        var recorded = history.Select(h => h.Event.RecordedAt).ToList();
        var first = recorded[0].InZone(AmsterdamTime.Zone).Date.PlusDays(Math.Abs(offsetDays % 900));

        Instant EndOf(LocalDate day) => day.PlusDays(1).AtStartOfDayInZone(AmsterdamTime.Zone).ToInstant().Minus(Duration.Epsilon);

        var previous = HealthEvaluation.Evaluate(facts, EndOf(first));
        for (var day = first.PlusDays(1); day <= first.PlusDays(240); day = day.PlusDays(1))
        {
            var current = HealthEvaluation.Evaluate(facts, EndOf(day));
            var quiet = !recorded.Any(r => r > EndOf(day.PlusDays(-1)) && r <= EndOf(day));
            if (quiet)
                for (var i = 0; i < current.Count; i++)
                    (previous[i].Status == IndicatorStatus.Groen && current[i].Status == IndicatorStatus.Rood)
                        .ShouldBeFalse($"Rec {current[i].Number} ging op {day} zonder nieuw feit van groen naar rood: {current[i].Reason}");
            previous = current;
        }
    }

    [Property(MaxTest = 60)]
    public void no_one_day_rood_between_two_groen_days_without_events(int seed, int eventCount)
    {
        var history = RandomHistory.Generate(seed, 5 + Math.Abs(eventCount % 60));
        var facts = ProgrammeFacts.From(RandomHistory.ProgrammeId, history);
        var recorded = history.Select(h => h.Event.RecordedAt).ToList();
        var from = recorded[0].InZone(AmsterdamTime.Zone).Date;
        var to = LocalDate.Min(recorded[^1].InZone(AmsterdamTime.Zone).Date.PlusDays(120), from.PlusDays(1200));

        Instant EndOf(LocalDate day) => day.PlusDays(1).AtStartOfDayInZone(AmsterdamTime.Zone).ToInstant().Minus(Duration.Epsilon);
        bool Quiet(LocalDate day) => !recorded.Any(r => r > EndOf(day.PlusDays(-1)) && r <= EndOf(day));

        var days = new List<(LocalDate Day, IReadOnlyList<IndicatorResult> Results)>();
        for (var day = from; day <= to; day = day.PlusDays(1)) days.Add((day, HealthEvaluation.Evaluate(facts, EndOf(day))));
        for (var d = 1; d < days.Count - 1; d++)
        {
            if (!Quiet(days[d].Day) || !Quiet(days[d + 1].Day)) continue;
            for (var i = 0; i < 10; i++)
                (days[d - 1].Results[i].Status == IndicatorStatus.Groen && days[d].Results[i].Status == IndicatorStatus.Rood
                    && days[d + 1].Results[i].Status == IndicatorStatus.Groen)
                    .ShouldBeFalse($"Rec {i + 1} was alleen op {days[d].Day} rood, tussen twee groene dagen.");
        }
    }
}
