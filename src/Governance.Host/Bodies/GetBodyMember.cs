using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Bodies;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Bodies;

public static class GetBodyMember
{
    /// <summary>
    /// Een partner met een zetel in het overlegorgaan (hier wijst Location naar na het toevoegen); 404 als de partner
    /// er geen zetel (meer) heeft. Met <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/bodies/{bodyId}/members/{partnerId}", OperationId = "getBodyMember")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Overleggen")]
    [ProducesResponseType<PartnerRef>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, Guid bodyId, Guid partnerId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (existed, bodies) = await session.ProgrammeAsOf<GovernanceBodiesProjection, GovernanceBodies>(programmeId, moment, http.RequestAborted);
        if (!existed) return Problems.NotFound("Programma", programmeId);
        if (bodies?.Bodies.FirstOrDefault(b => b.BodyId == bodyId) is not { } body) return Problems.NotFound("Overleg", bodyId);
        return body.Members.FirstOrDefault(m => m.PartnerId == partnerId) is { } member
            ? Results.Ok(member)
            : Problems.NotFound("Lid van het overleg", partnerId);
    }
}
