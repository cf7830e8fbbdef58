using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Resources;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Resources;

public static class GetFundingCommitment
{
    /// <summary>
    /// Eén financieringstoezegging: wie welk bedrag toezegde voor welke periode (hier wijst Location naar na het
    /// toezeggen). Met <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/funding/{fundingId}", OperationId = "getFundingCommitment")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Middelen")]
    [ProducesResponseType<FundingCommitmentView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, Guid fundingId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (existed, resources) = await session.ProgrammeAsOf<ProgrammeResourcesProjection, ProgrammeResources>(programmeId, moment, http.RequestAborted);
        if (!existed) return Problems.NotFound("Programma", programmeId);
        return resources?.Funding.FirstOrDefault(f => f.FundingId == fundingId) is { } funding
            ? Results.Ok(funding)
            : Problems.NotFound("Financieringstoezegging", fundingId);
    }
}
