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
    public static Task<IResult> Get(Guid programmeId, Guid fundingId, string? asOf, IQuerySession session, HttpContext http)
        => session.ProgrammeItemAsOf<ProgrammeResourcesProjection, ProgrammeResources>(programmeId, asOf,
            resources => Problems.Found(resources?.Funding.FirstOrDefault(f => f.FundingId == fundingId), "Financieringstoezegging", fundingId),
            http.RequestAborted);
}
