using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using Marten.Events.Aggregation;

namespace Governance.Projections.Reflection;

/// <summary>
/// Keeps the domain's own <see cref="ReflectionSession"/> state as an inline snapshot for the session commands.
/// The fold lives in the pure domain; this class names the event types for Marten's source generator.
/// </summary>
public partial class ReflectionSessionStateProjection : SingleStreamProjection<ReflectionSession, Guid>
{
    public ReflectionSession Create(ReflectionSessionScheduled e) => ReflectionSession.Create(e);

    public ReflectionSession Apply(ReflectionSessionRescheduled e, ReflectionSession s) => s.After(e);
    public ReflectionSession Apply(ReflectionSessionCancelled e, ReflectionSession s) => s.After(e);
    public ReflectionSession Apply(ReflectionSessionHeld e, ReflectionSession s) => s.After(e);
    public ReflectionSession Apply(FollowUpActionAgreed e, ReflectionSession s) => s.After(e);
    public ReflectionSession Apply(FollowUpActionCompleted e, ReflectionSession s) => s.After(e);
    public ReflectionSession Apply(LessonCaptured e, ReflectionSession s) => s.After(e);
    public ReflectionSession Apply(ReflectionAgendaSet e, ReflectionSession s) => s.After(e);
}
