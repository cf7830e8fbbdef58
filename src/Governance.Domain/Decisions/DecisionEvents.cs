using Governance.Domain.Common;
using Governance.Domain.Health;
using NodaTime;

namespace Governance.Domain.Decisions;

/// <summary>
/// A decision entered the programme's decision log, either as proposed (conceptbesluit) or as taken.
/// Decisions live in a stream of their own (docs/adr/0001-aggregate-boundaries.md).
/// </summary>
public sealed record DecisionLogged(
    Guid DecisionId,
    Guid ProgrammeId,
    string Title,
    string Context,
    IReadOnlyList<DecisionOption> Options,
    string ChosenOption,
    string Rationale,
    DecisionMaker DecidedBy,
    Guid? MandateId,
    LocalDate DecidedOn,
    IReadOnlyList<Recommendation> Recommendations,
    string ExpectedEffect,
    LocalDate? ReviewOn,
    DecisionStatus Status,
    WooClassification Woo,
    Instant RecordedAt) : IDecisionEvent
{
    /// <summary>
    /// The programme director or delegate responsible for the decision, when one was named: they, rather than every
    /// director and delegate, are asked to review it.
    /// </summary>
    public PersonRef? Responsible { get; init; }
}

/// <summary>An option that was considered, with its pros and cons.</summary>
public sealed record DecisionOption(string Name, string Pros, string Cons);

/// <summary>
/// Who decided: a governance body of the programme, or a partner in its role. Neither (both ids null, an empty name)
/// when it is not known who decided; stored events from before always name one.
/// </summary>
public sealed record DecisionMaker(Guid? BodyId, Guid? PartnerId, string Name)
{
    public static readonly DecisionMaker Unknown = new(null, null, "");

    public bool IsKnown() => BodyId is not null || PartnerId is not null;
}

/// <summary>Woo (Wet open overheid): public unless a ground for exception applies.</summary>
public sealed record WooClassification(bool Public, string? Ground);

/// <summary>A proposed decision was taken.</summary>
public sealed record DecisionTaken(Guid DecisionId, Guid ProgrammeId, LocalDate DecidedOn, Instant RecordedAt) : IDecisionEvent;

/// <summary>
/// What a partner thought of a decision. A dissent carries its reasoning: the point of recording it is that the
/// reasoning survives (no comparable tool keeps it, see shared/research/product-anchors.md §A.2).
/// </summary>
public sealed record PartnerPositionRecorded(
    Guid DecisionId,
    Guid ProgrammeId,
    Guid PartnerId,
    PartnerPosition Position,
    string? Reasoning,
    Instant RecordedAt) : IDecisionEvent
{
    /// <summary>The person who took the position for the partner (absent in positions recorded before this was kept).</summary>
    public PersonRef? TakenBy { get; init; }

    /// <summary>A dissent or an agreement with reservations: the director, delegates and opdrachtgevers are told.</summary>
    public bool Reserved => Position is PartnerPosition.Dissents or PartnerPosition.AgreesWithReservations;
}

/// <summary>The decision was revised: what changed and why. Null fields are unchanged.</summary>
public sealed record DecisionRevised(
    Guid DecisionId,
    Guid ProgrammeId,
    string? ChosenOption,
    string? Rationale,
    LocalDate? ReviewOn,
    string Reason,
    Instant RecordedAt) : IDecisionEvent;

/// <summary>A later decision replaced this one.</summary>
public sealed record DecisionSuperseded(Guid DecisionId, Guid ProgrammeId, Guid SupersededByDecisionId, Instant RecordedAt) : IDecisionEvent;

public sealed record DecisionWithdrawn(Guid DecisionId, Guid ProgrammeId, string Reason, Instant RecordedAt) : IDecisionEvent;

/// <summary>The decision was reviewed on or after its review date, and kept or revised.</summary>
public sealed record DecisionReviewed(Guid DecisionId, Guid ProgrammeId, LocalDate ReviewedOn, string Conclusion, LocalDate? NextReviewOn, Instant RecordedAt) : IDecisionEvent;

public enum DecisionStatus { Proposed, Taken, Revised, Superseded, Withdrawn }

public enum PartnerPosition { Agrees, AgreesWithReservations, Dissents, Abstains }
