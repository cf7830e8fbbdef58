using System.Collections.Concurrent;
using Governance.Domain.Health;
using Governance.Projections.Health;
using NodaTime;

namespace Governance.Host.Health;

/// <summary>
/// The history of a programme's ten statuses, kept between requests. Evaluated afresh it costs an evaluation at every
/// recorded fact and every local midnight since the programme's registration (years of days for the demo's
/// programmes), on every opening of the health page. But a history only grows at its end: what was known at a moment
/// never changes afterwards (facts are dated by when they were recorded; as-of equals the fold up to then). So the host
/// keeps each programme's history up to the last moment it was asked for, and extends it from there; it starts over
/// only when a fact turns up in that past (a clock turned back, as tests do), which
/// <see cref="ProgrammeFacts.SourcesRecordedBy"/> shows.
/// </summary>
public sealed class HealthHistories
{
    private sealed record Kept(Instant From, Instant Until, int SourcesUntil, IReadOnlyList<IndicatorResult> StatusesAtUntil, IReadOnlyList<StatusChange> Changes);

    private readonly ConcurrentDictionary<Guid, Kept> _kept = new();

    /// <summary>
    /// The same as <see cref="IndicatorHistory.Between"/> for a registered programme and a period that starts at or
    /// after its registration.
    /// </summary>
    public IReadOnlyList<StatusChange> Between(ProgrammeHealthFacts document, Instant from, Instant to)
    {
        var facts = document.Facts;
        var registeredAt = facts.Registration!.Source.RecordedAt;
        if (to < from) return [];

        var kept = _kept.TryGetValue(document.Id, out var found) && found.From == registeredAt && facts.SourcesRecordedBy(found.Until) == found.SourcesUntil
            ? found
            : Start(facts, registeredAt);
        if (kept.Until < to)
        {
            var later = IndicatorHistory.After(facts, kept.StatusesAtUntil, kept.Until, to, out var statusesAtTo);
            kept = new Kept(registeredAt, to, facts.SourcesRecordedBy(to), statusesAtTo, [.. kept.Changes, .. later]);
        }
        _kept[document.Id] = kept;

        if (from == registeredAt) return kept.Changes.Where(c => c.At <= to).ToList();
        // A later start: the statuses at that moment, then what changed after it.
        return [.. IndicatorHistory.Starting(HealthEvaluation.Evaluate(facts, from), from), .. kept.Changes.Where(c => c.At > from && c.At <= to)];
    }

    private static Kept Start(ProgrammeFacts facts, Instant registeredAt)
    {
        var atRegistration = HealthEvaluation.Evaluate(facts, registeredAt);
        return new Kept(registeredAt, registeredAt, facts.SourcesRecordedBy(registeredAt), atRegistration,
            IndicatorHistory.Starting(atRegistration, registeredAt).ToList());
    }
}
