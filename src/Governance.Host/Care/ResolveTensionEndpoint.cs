using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class ResolveTensionEndpoint
{
    /// <summary>The tension is resolved, and how. Answers 204; 409 when it was already resolved.</summary>
    [WolverinePost("/api/programmes/{programmeId}/tensions/{tensionId}/resolution", OperationId = "resolveTension")]
    [RequiresRight(Right.ManageTensions)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Resolve(Guid programmeId, Guid tensionId, ResolveTension command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId,
            programme => ResolveTension.Decide(programme, tensionId, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
