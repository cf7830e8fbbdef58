using System.Collections.Concurrent;
using Governance.Domain.Health;
using Governance.Projections.Health;
using NodaTime;

namespace Governance.Host.Health;

/// <summary>
/// What was evaluated from a programme's health facts for the present, kept while it cannot differ (ADR 0005): the
/// same facts (<see cref="ProgrammeHealthFacts.FactsVersion"/>) and a moment in the same <see cref="SteadyPeriod"/>.
/// A memory of this host process only, never a source of truth: a kept value is used only when its facts version
/// equals the one the request just read from the database, so another node's writes are seen at once. Evaluations of
/// a past moment are not kept (they would only push out the present ones). The portfolio keeps its lines here
/// (<see cref="PortfolioStatuses"/>), the health page and API their evaluations (<see cref="ProgrammeHealthReads"/>).
/// </summary>
public sealed class KeptEvaluations<T>(IClock clock) where T : class
{
    public sealed record Kept(Guid FactsVersion, T Value);

    private sealed record Entry(Guid FactsVersion, SteadyPeriod Period, T Value);

    private readonly ConcurrentDictionary<Guid, Entry> _kept = new();

    /// <summary>What was kept for the programme and holds at <paramref name="moment"/>, if its facts version is still current.</summary>
    public Kept? At(Guid programmeId, Instant moment) =>
        _kept.TryGetValue(programmeId, out var entry) && entry.Period.Contains(moment) ? new Kept(entry.FactsVersion, entry.Value) : null;

    /// <summary>Keeps <paramref name="value"/>, evaluated from <paramref name="document"/> at <paramref name="moment"/>, if that is the present.</summary>
    public T Keep(ProgrammeHealthFacts document, Instant moment, T value)
    {
        var period = SteadyPeriod.Around(document.Facts, moment);
        // Documents built before the version existed carry none: evaluate them every time rather than risk a stale value.
        if (document.FactsVersion != Guid.Empty && period.Contains(clock.GetCurrentInstant()))
            _kept[document.Id] = new Entry(document.FactsVersion, period, value);
        return value;
    }
}
