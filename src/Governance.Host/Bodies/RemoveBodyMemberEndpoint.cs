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
    /// <summary>A partner gives up its seat in the body. Answers 204; 409 when the partner is not a member (any more).</summary>
    [WolverineDelete("/api/programmes/{programmeId}/bodies/{bodyId}/members/{partnerId}", OperationId = "removeBodyMember")]
    [RequiresRight(Right.ManageBodies)]
    [Tags("Overleggen")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Delete(Guid programmeId, Guid bodyId, Guid partnerId, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId,
            programme => RemoveBodyMember.Decide(programme, bodyId, partnerId, clock.GetCurrentInstant()),
            Results.NoContent);
}
