using Governance.Domain.Decisions;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Governance.Projections.Decisions;

/// <summary>
/// Keeps the domain's own <see cref="Decision"/> state as an inline snapshot, so decision commands load it in one
/// read. The fold is the pure domain's <see cref="Decision.Fold"/>, handed every event as it is.
/// </summary>
public class DecisionStateProjection : SingleStreamProjection<Decision, Guid>
{
    public override Decision? Evolve(Decision? snapshot, Guid id, IEvent e) => Decision.Fold(snapshot, e.Data);
}
