using NodaTime;

namespace Governance.Domain.Health;

/// <summary>"Nog niet te beoordelen" is a status of its own: too early is not the same as fine.</summary>
public enum IndicatorStatus { Groen, Oranje, Rood, NogNietTeBeoordelen }

/// <summary>
/// Positive evidence says something is in place; negative evidence is a recorded failure or strain (an open
/// escalation, a cancellation, funding that runs out). The third kind, absence, has no event to point at: it lives in
/// the "what is not recorded" list and never turns an indicator rood on its own (docs/health-indicators.md).
/// </summary>
public enum EvidenceKind { Positive, Negative }

/// <summary>A fact behind a status, traceable to the event that recorded it.</summary>
public sealed record Evidence(string Text, Guid EventId, LocalDate Date, EvidenceKind Kind = EvidenceKind.Positive);

/// <summary>
/// One recommendation's indicator at one moment: a conversation starter, not a score. It says why (evidence and
/// reason), what is missing or would change it, the recommendation's own words and a question to discuss.
/// </summary>
public sealed record IndicatorResult(
    int Number,
    Recommendation Recommendation,
    string Title,
    IndicatorStatus Status,
    string Reason,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<string> Missing,
    string Quote,
    string Source,
    string Question)
{
    /// <summary>The kinds of facts this indicator reads and whether any was recorded (<see cref="Health.Coverage"/>): apart from the status.</summary>
    public IReadOnlyList<CoveredKind> Coverage { get; init; } = [];
}
