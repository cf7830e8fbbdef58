using Governance.Domain.Decisions;
using Marten.Events.Aggregation;

namespace Governance.Projections.Decisions;

/// <summary>
/// Keeps the domain's own <see cref="Decision"/> state as an inline snapshot, so decision commands load it in one
/// read. The fold lives in the pure domain (<see cref="Decision.After"/>); this class names the event types for
/// Marten's source generator.
/// </summary>
public partial class DecisionStateProjection : SingleStreamProjection<Decision, Guid>
{
    public Decision Create(DecisionLogged e) => Decision.Create(e);

    public Decision Apply(DecisionTaken e, Decision d) => d.After(e);
    public Decision Apply(PartnerPositionRecorded e, Decision d) => d.After(e);
    public Decision Apply(DecisionRevised e, Decision d) => d.After(e);
    public Decision Apply(DecisionSuperseded e, Decision d) => d.After(e);
    public Decision Apply(DecisionWithdrawn e, Decision d) => d.After(e);
    public Decision Apply(DecisionReviewed e, Decision d) => d.After(e);
}
