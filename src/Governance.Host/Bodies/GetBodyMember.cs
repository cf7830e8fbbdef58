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
    public static Task<IResult> Get(Guid programmeId, Guid bodyId, Guid partnerId, string? asOf, IQuerySession session, HttpContext http)
        => session.ProgrammeItemAsOf<GovernanceBodiesProjection, GovernanceBodies>(programmeId, asOf,
            bodies => bodies?.Bodies.FirstOrDefault(b => b.BodyId == bodyId) is { } body
                ? Problems.Found(body.Members.FirstOrDefault(m => m.PartnerId == partnerId), "Lid van het overleg", partnerId)
                : Problems.NotFound("Overleg", bodyId),
            http.RequestAborted);
}
