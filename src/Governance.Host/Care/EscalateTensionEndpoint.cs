using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class EscalateTensionEndpoint
{
    /// <summary>Take the tension to a body of the programme. Answers 204; 409 when it is resolved or the body does not exist.</summary>
    [WolverinePost("/api/programmes/{programmeId}/tensions/{tensionId}/escalation", OperationId = "escalateTension")]
    [RequiresRight(Right.ManageTensions)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Escalate(Guid programmeId, Guid tensionId, EscalateTension command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId,
            programme => EscalateTension.Decide(programme, tensionId, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
