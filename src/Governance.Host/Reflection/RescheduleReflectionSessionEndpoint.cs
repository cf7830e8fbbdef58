using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Reflection;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection;

public static class RescheduleReflectionSessionEndpoint
{
    /// <summary>Move a session to another start (local time in Europe/Amsterdam), with the reason. Answers 204; the ETag carries the session's new version.</summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/reschedule", OperationId = "rescheduleReflectionSession")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Post(Guid programmeId, Guid sessionId, RescheduleReflectionSession command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideInProgramme<ReflectionSession>(http, programmeId, sessionId, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, programme) => RescheduleReflectionSession.Decide(reflection, programme, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
