using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Resources;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Resources;

public static class GetProgrammeResources
{
    /// <summary>
    /// De financieringstoezeggingen van het programma (en tot wanneer het gefinancierd is) en het team met het huidige
    /// aantal fte. Met <c>asOf</c> (een datum of een tijdstip) zoals het toen was.
    /// </summary>
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
