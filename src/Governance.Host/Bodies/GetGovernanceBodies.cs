using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Bodies;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Bodies;

public static class GetGovernanceBodies
{
    /// <summary>The programme's governance bodies with members, ground rules and meetings.</summary>
    [WolverineGet("/api/programmes/{programmeId}/bodies", OperationId = "getGovernanceBodies")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Overleggen")]
    [ProducesResponseType<GovernanceBodies>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid programmeId, IQuerySession session, CancellationToken ct)
    {
        var bodies = await session.LoadAsync<GovernanceBodies>(programmeId, ct);
        return bodies is null ? Problems.NotFound("Programma", programmeId) : Results.Ok(bodies);
    }
}
