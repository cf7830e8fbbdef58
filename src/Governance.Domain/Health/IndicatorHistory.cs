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
        var atFrom = HealthEvaluation.Evaluate(facts, from);
        return [.. Starting(atFrom, from), .. After(facts, atFrom, from, to, out _)];
    }

    /// <summary>The first entry per indicator: its status at the start of the period.</summary>
    public static IEnumerable<StatusChange> Starting(IReadOnlyList<IndicatorResult> statuses, Instant from) =>
        statuses.Select(result => Change(result, from, previous: null));

    /// <summary>
    /// The changes after <paramref name="from"/> up to <paramref name="to"/>, given the statuses at
    /// <paramref name="from"/>; <paramref name="statusesAtTo"/> are the statuses at <paramref name="to"/>, so a history
    /// can be continued from there later. What was known at a moment never changes afterwards (facts are dated by when
    /// they were recorded), so a history once evaluated up to a moment can be kept and extended rather than evaluated
    /// again — as long as no fact was recorded at or before that moment since (the clock is not turned back).
    /// </summary>
    public static IReadOnlyList<StatusChange> After(ProgrammeFacts facts, IReadOnlyList<IndicatorResult> statusesAtFrom, Instant from, Instant to,
        out IReadOnlyList<IndicatorResult> statusesAtTo)
    {
        var changes = new List<StatusChange>();
        var current = statusesAtFrom;
        foreach (var moment in CandidateMoments(facts, from, to))
        {
            var next = HealthEvaluation.Evaluate(facts, moment);
            for (var i = 0; i < next.Count; i++)
                if (next[i].Status != current[i].Status)
                    changes.Add(Change(next[i], moment, current[i].Status));
            current = next;
        }
        statusesAtTo = current;
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
