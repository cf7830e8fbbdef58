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
    /// <summary>Leg vast dat een spanning is opgelost, en hoe. Antwoordt 204; 409 als die al opgelost was.</summary>
    [WolverinePost("/api/programmes/{programmeId}/tensions/{tensionId}/resolution", OperationId = "resolveTension")]
    [RequiresRight(Right.ManageTensions)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Resolve(Guid programmeId, Guid tensionId, ResolveTension command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId,
            programme => ResolveTension.Decide(programme, tensionId, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
