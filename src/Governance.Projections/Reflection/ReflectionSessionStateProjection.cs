using Governance.Domain.Reflection;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Governance.Projections.Reflection;

/// <summary>
/// Keeps the domain's own <see cref="ReflectionSession"/> state as an inline snapshot for the session commands.
/// The fold is the pure domain's <see cref="ReflectionSession.Fold"/>, handed every event as it is.
/// </summary>
public class ReflectionSessionStateProjection : SingleStreamProjection<ReflectionSession, Guid>
{
    public override ReflectionSession? Evolve(ReflectionSession? snapshot, Guid id, IEvent e) => ReflectionSession.Fold(snapshot, e.Data);
}
