using NodaTime;
using Governance.Domain.Common;

namespace Governance.Domain.Health;

/// <summary>An indicator took a (new) status at a moment, and why. The first entry per indicator is its status at the start of the period.</summary>
public sealed record StatusChange(int Number, string Title, Instant At, LocalDate Date, IndicatorStatus? Previous, IndicatorStatus Status, string Reason);

/// <summary>
/// When each indicator changed status and why, over a period. Rules depend only on the facts known and on today's
/// date (Europe/Amsterdam), so a status can only change at a moment an event was recorded or at a local midnight:
/// evaluating at exactly those moments finds every change, at the moment it happened.
/// </summary>
public static class IndicatorHistory
{
    public static IReadOnlyList<StatusChange> Between(ProgrammeFacts facts, Instant from, Instant to)
    {
        if (to < from) return [];
        var changes = new List<StatusChange>();
        var current = HealthEvaluation.Evaluate(facts, from);
        foreach (var result in current)
            changes.Add(Change(result, from, previous: null));

        foreach (var moment in CandidateMoments(facts, from, to))
        {
            var next = HealthEvaluation.Evaluate(facts, moment);
            for (var i = 0; i < next.Count; i++)
                if (next[i].Status != current[i].Status)
                    changes.Add(Change(next[i], moment, current[i].Status));
            current = next;
        }
        return changes;
    }

    private static StatusChange Change(IndicatorResult result, Instant at, IndicatorStatus? previous) =>
        new(result.Number, result.Title, at, at.InZone(AmsterdamTime.Zone).Date, previous, result.Status, result.Reason);

    private static IEnumerable<Instant> CandidateMoments(ProgrammeFacts facts, Instant from, Instant to)
    {
        var midnights = new List<Instant>();
        var day = from.InZone(AmsterdamTime.Zone).Date.PlusDays(1);
        for (var midnight = day.AtStartOfDayInZone(AmsterdamTime.Zone).ToInstant(); midnight <= to;
             day = day.PlusDays(1), midnight = day.AtStartOfDayInZone(AmsterdamTime.Zone).ToInstant())
            midnights.Add(midnight);

        return facts.RecordedMoments().Where(m => m > from && m <= to).Concat(midnights).Distinct().Order();
    }
}
