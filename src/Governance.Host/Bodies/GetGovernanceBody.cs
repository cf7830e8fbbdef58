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
    public static async Task<IResult> Get(Guid programmeId, Guid bodyId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (existed, bodies) = await session.ProgrammeAsOf<GovernanceBodiesProjection, GovernanceBodies>(programmeId, moment, http.RequestAborted);
        if (!existed) return Problems.NotFound("Programma", programmeId);
        return bodies?.Bodies.FirstOrDefault(b => b.BodyId == bodyId) is { } body
            ? Results.Ok(body)
            : Problems.NotFound("Overleg", bodyId);
    }
}
