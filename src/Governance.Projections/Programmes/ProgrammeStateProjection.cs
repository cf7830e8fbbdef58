using Governance.Domain.Programmes;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Governance.Projections.Programmes;

/// <summary>
/// Keeps the domain's own <see cref="Programme"/> state as an inline snapshot, so commands load it in one read.
/// The fold is the pure domain's <see cref="Programme.Fold"/>, handed every event as it is: no list of event types
/// here that could fall behind the domain's (an event the fold does not know throws, and a domain test names it).
/// </summary>
public class ProgrammeStateProjection : SingleStreamProjection<Programme, Guid>
{
    public override Programme? Evolve(Programme? snapshot, Guid id, IEvent e) => Programme.Fold(snapshot, e.Data);
}
