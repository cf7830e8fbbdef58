using Governance.Domain.Health;
using Governance.Projections.Health;
using Marten;
using NodaTime;

namespace Governance.Host.Health;

/// <summary>
/// A programme's ten indicators at a moment, as the health page and GET …/health show them: its name, whether it was
/// registered by then, the thresholds in force, the evaluation and (when asked) the history of status changes from
/// its registration up to the moment.
/// </summary>
public sealed record ProgrammeHealthAt(
    string Name,
    bool Existed,
    Instant? RegisteredAt,
    HealthThresholds Thresholds,
    IReadOnlyList<IndicatorResult> Indicators,
    IReadOnlyList<StatusChange>? History);

/// <summary>
/// Reads a programme's health for the health page and GET …/health, keeping the present one while it cannot differ
/// (<see cref="KeptEvaluations{T}"/>, as the portfolio does). A request then reads only the programme's facts
/// version (one column); otherwise it loads the whole fact history (thousands of facts for a large programme) and
/// evaluates, as every request did before.
/// </summary>
public sealed class ProgrammeHealthReads(IClock clock, HealthHistories histories)
{
    private readonly KeptEvaluations<ProgrammeHealthAt> _kept = new(clock);

    /// <summary>The programme's health at <paramref name="moment"/>, or null for a programme never registered.</summary>
    public async Task<ProgrammeHealthAt?> ReadAsync(IQuerySession session, Guid programmeId, Instant moment, bool withHistory, CancellationToken ct)
    {
        if (_kept.At(programmeId, moment) is { } kept && (!withHistory || kept.Value.History is not null)
            && (await FactsVersions.Of(session, [programmeId]).ToListAsync(ct)).SingleOrDefault()?.FactsVersion == kept.FactsVersion)
            return kept.Value;

        var document = await session.LoadAsync<ProgrammeHealthFacts>(programmeId, ct);
        return document is null ? null : _kept.Keep(document, moment, Evaluate(document, moment, withHistory));
    }

    private ProgrammeHealthAt Evaluate(ProgrammeHealthFacts document, Instant moment, bool withHistory)
    {
        var known = document.Facts.AsOf(moment);
        var registeredAt = known.Registration?.Source.RecordedAt;
        var indicators = HealthEvaluation.Evaluate(document.Facts, known.EffectiveThresholds, moment);
        var history = withHistory && registeredAt is { } from ? histories.Between(document, from, moment) : null;
        return new ProgrammeHealthAt(document.Name, registeredAt is not null, registeredAt, known.EffectiveThresholds, indicators, history);
    }
}
