using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Bodies;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Bodies;

public static class GetGovernanceBody
{
    /// <summary>
    /// Eén overlegorgaan met leden, spelregels en vergaderingen (hier wijst Location naar na het oprichten). Met
    /// <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/bodies/{bodyId}", OperationId = "getGovernanceBody")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Overleggen")]
    [ProducesResponseType<BodyView>(StatusCodes.Status200OK)]
    public static Task<IResult> Get(Guid programmeId, Guid bodyId, string? asOf, IQuerySession session, HttpContext http)
        => session.ProgrammeItemAsOf<GovernanceBodiesProjection, GovernanceBodies>(programmeId, asOf,
            bodies => Problems.Found(bodies?.Bodies.FirstOrDefault(b => b.BodyId == bodyId), "Overleg", bodyId),
            http.RequestAborted);
}
