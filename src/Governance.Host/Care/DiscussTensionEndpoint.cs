using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class DiscussTensionEndpoint
{
    /// <summary>Leg vast dat een spanning is besproken (waar en wanneer). Antwoordt 204.</summary>
    [WolverinePost("/api/programmes/{programmeId}/tensions/{tensionId}/discussions", OperationId = "discussTension")]
    [RequiresRight(Right.RaiseTensions)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Discuss(Guid programmeId, Guid tensionId, DiscussTension command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId,
            programme => DiscussTension.Decide(programme, tensionId, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
