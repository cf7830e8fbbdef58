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
    /// <summary>
    /// Verplaats een reflectiesessie naar een ander begin (lokale tijd in Europe/Amsterdam), met de reden. Antwoordt
    /// 204; de ETag draagt de nieuwe versie van de sessie.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/reschedule", OperationId = "rescheduleReflectionSession")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Post(Guid programmeId, Guid sessionId, RescheduleReflectionSession command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => Execute(programmeId, sessionId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> Execute(Guid programmeId, Guid sessionId, RescheduleReflectionSession command, IDocumentSession session, IClock clock,
        long? expectedVersion, CancellationToken ct) =>
        session.HandleInProgramme<ReflectionSession>(programmeId, sessionId, expectedVersion, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, programme) => RescheduleReflectionSession.Decide(reflection, programme, command, clock.GetCurrentInstant()), ct);
}
