using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Resources;

public static class AddTeamMemberEndpoint
{
    /// <summary>
    /// Voeg iemand toe aan het programmateam, met rol, competenties en fte. Antwoordt 201 met het id van het teamlid.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/team-members", OperationId = "addTeamMember")]
    [RequiresRight(Right.ManageTeam)]
    [Tags("Middelen")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid programmeId, AddTeamMember command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var memberId = Guid.CreateVersion7();
        return session.Decide<Programme>(http, programmeId, "Programma",
            programme => AddTeamMember.Decide(programme, memberId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/team-members/{memberId}", new CreatedId(memberId)));
    }
}
