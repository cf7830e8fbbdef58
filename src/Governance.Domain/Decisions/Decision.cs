using System.Collections.Immutable;
using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Decisions;

/// <summary>
/// A decision as its commands need to see it: the fold of its own stream (docs/adr/0001). Immutable: each event
/// yields a new state. What people read is the <c>DecisionRecord</c> projection, not this type.
/// </summary>
public sealed record Decision(
    Guid Id,
    Guid ProgrammeId,
    DecisionStatus Status,
    LocalDate DecidedOn,
    LocalDate? ReviewOn,
    ImmutableDictionary<Guid, PartnerPosition> Positions,
    Guid? SupersededBy,
    bool Withdrawn)
{
    private static Decision Initial(DecisionLogged e) => new(
        e.DecisionId, e.ProgrammeId, e.Status, e.DecidedOn, e.ReviewOn,
        ImmutableDictionary<Guid, PartnerPosition>.Empty, SupersededBy: null, Withdrawn: false);

    /// <summary>Folds a history of this decision's own stream, for tests and for replays.</summary>
    public static Decision From(IEnumerable<object> history) =>
        history.Aggregate((Decision?)null, Fold) ?? throw new InvalidOperationException("A decision's history starts with DecisionLogged.");

    /// <summary>
    /// The one fold of a decision's stream, registered with Marten as it is (DecisionStateProjection). No state yet and
    /// no <see cref="DecisionLogged"/>: this is not a decision's stream, so there is no decision.
    /// </summary>
    public static Decision? Fold(Decision? state, object e) =>
        state is null ? (e is DecisionLogged logged ? Initial(logged) : null) : state.After(e);

    /// <summary>How an event moves a decision's status: one rule for the state and every read model that shows it.</summary>
    public static DecisionStatus StatusAfter(DecisionStatus current, object e) => e switch
    {
        DecisionTaken => DecisionStatus.Taken,
        // A proposal that is reworded is still a proposal; only a taken decision becomes "revised".
        DecisionRevised => current == DecisionStatus.Proposed ? DecisionStatus.Proposed : DecisionStatus.Revised,
        DecisionSuperseded => DecisionStatus.Superseded,
        DecisionWithdrawn => DecisionStatus.Withdrawn,
        _ => current,
    };

    // Not named Apply on purpose: Marten treats an Apply(object) on a stored type as a rule for every event, and then
    // stored empty snapshots of this type for other streams (found by the reliability suite's crash test).
    // Every event of a decision's stream is named here; one that is not throws, so it cannot be skipped unnoticed.
    public Decision After(object e) => e switch
    {
        DecisionTaken x => this with { Status = StatusAfter(Status, x), DecidedOn = x.DecidedOn },
        PartnerPositionRecorded x => this with { Positions = Positions.SetItem(x.PartnerId, x.Position) },
        DecisionRevised x => this with { Status = StatusAfter(Status, x), ReviewOn = x.ReviewOn ?? ReviewOn },
        DecisionSuperseded x => this with { Status = StatusAfter(Status, x), SupersededBy = x.SupersededByDecisionId },
        DecisionWithdrawn x => this with { Status = StatusAfter(Status, x), Withdrawn = true },
        DecisionReviewed x => this with { ReviewOn = x.NextReviewOn },
        _ => throw new InvalidOperationException(
            $"Decision does not fold {e.GetType().Name}: handle it in Decision.After, or name it among the events that change nothing of a decision's stream."),
    };

    public bool Superseded => SupersededBy is not null;

    /// <summary>
    /// A superseded or withdrawn decision is closed: its record stays, but nothing more happens to it.
    /// Null when the decision is still open.
    /// </summary>
    public Refusal? RefuseWhenClosed() =>
        Withdrawn ? Refusal.Violates("decision.closed", "Dit besluit is ingetrokken; er kan niets meer aan veranderen.")
        : Superseded ? Refusal.Violates("decision.closed", "Dit besluit is vervangen door een later besluit; er kan niets meer aan veranderen.")
        : null;

    internal static Refusal ProgrammeEnded() => Refusal.Violates("decision.programme-ended",
        "Dit programma is beëindigd; besluiten kunnen niet meer worden gewijzigd.");
}
