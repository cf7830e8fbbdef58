using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Bodies;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Bodies;

public static class RemoveBodyMemberEndpoint
{
    /// <summary>
    /// Een partner geeft de zetel in het orgaan op. Antwoordt 204; 409 als de partner geen lid (meer) is.
    /// </summary>
    [WolverineDelete("/api/programmes/{programmeId}/bodies/{bodyId}/members/{partnerId}", OperationId = "removeBodyMember")]
    [RequiresRight(Right.ManageBodies)]
    [Tags("Overleggen")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Delete(Guid programmeId, Guid bodyId, Guid partnerId, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId,
            programme => RemoveBodyMember.Decide(programme, bodyId, partnerId, clock.GetCurrentInstant()),
            Results.NoContent);
}
