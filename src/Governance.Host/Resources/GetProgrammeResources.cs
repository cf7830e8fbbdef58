using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Resources;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Resources;

public static class GetProgrammeResources
{
    /// <summary>The programme's funding commitments (and until when it is funded) and its team with current fte; with <c>asOf</c> (a date or an instant) as it stood then.</summary>
    [WolverineGet("/api/programmes/{programmeId}/resources", OperationId = "getProgrammeResources")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Middelen")]
    [ProducesResponseType<ProgrammeResources>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, string? asOf, IQuerySession session, CancellationToken ct)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (_, resources) = await session.ProgrammeAsOf<ProgrammeResourcesProjection, ProgrammeResources>(programmeId, moment, ct);
        return resources is null ? Problems.NotFound("Programma", programmeId) : Results.Ok(resources);
    }
}
