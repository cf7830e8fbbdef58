using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Resources;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Resources;

public static class RecordTeamMemberDepartureEndpoint
{
    /// <summary>Leg vast dat een teamlid het team verlaat. Antwoordt 204; 409 als die al vertrokken is.</summary>
    [WolverinePost("/api/programmes/{programmeId}/team-members/{memberId}/departure", OperationId = "recordTeamMemberDeparture")]
    [RequiresRight(Right.ManageTeam)]
    [Tags("Middelen")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Post(Guid programmeId, Guid memberId, RecordTeamMemberDeparture command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId,
            programme => RecordTeamMemberDeparture.Decide(programme, memberId, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
