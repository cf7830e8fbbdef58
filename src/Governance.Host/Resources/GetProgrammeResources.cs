using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Resources;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Resources;

public static class GetProgrammeResources
{
    /// <summary>The programme's funding commitments (and until when it is funded) and its team with current fte.</summary>
    [WolverineGet("/api/programmes/{programmeId}/resources", OperationId = "getProgrammeResources")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Middelen")]
    [ProducesResponseType<ProgrammeResources>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid programmeId, IQuerySession session, CancellationToken ct)
    {
        var resources = await session.LoadAsync<ProgrammeResources>(programmeId, ct);
        return resources is null ? Problems.NotFound("Programma", programmeId) : Results.Ok(resources);
    }
}
