using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Reflection;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection;

public static class CompleteFollowUpActionEndpoint
{
    /// <summary>
    /// Leg vast dat een vervolgactie is gedaan. Antwoordt 204; 404 als de sessie zo'n actie niet heeft.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/actions/{actionId}/completion", OperationId = "completeFollowUpAction")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Post(Guid programmeId, Guid sessionId, Guid actionId, CompleteFollowUpAction command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideInProgramme<ReflectionSession>(http, programmeId, sessionId, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, _) => CompleteFollowUpAction.Decide(reflection, actionId, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
