using Governance.Domain.Programmes;
using Marten.Events.Aggregation;

namespace Governance.Projections.Programmes;

/// <summary>
/// Keeps the domain's own <see cref="Programme"/> state as an inline snapshot, so commands load it in one read.
/// The fold itself lives in the pure domain; this class only lets Marten's source generator dispatch to it
/// (the domain project deliberately does not reference Marten).
/// </summary>
public partial class ProgrammeStateProjection : SingleStreamProjection<Programme, Guid>
{
    public Programme Create(ProgrammeRegistered e) => Programme.Create(e);
}
