using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Bodies;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Bodies;

public static class GetMeeting
{
    /// <summary>
    /// Eén vergadering van een overlegorgaan: datum, aanwezige partners en de agenda met labels (hier wijst Location naar
    /// na het vastleggen). Met <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/bodies/{bodyId}/meetings/{meetingId}", OperationId = "getMeeting")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Overleggen")]
    [ProducesResponseType<MeetingView>(StatusCodes.Status200OK)]
    public static Task<IResult> Get(Guid programmeId, Guid bodyId, Guid meetingId, string? asOf, IQuerySession session, HttpContext http)
        => session.ProgrammeItemAsOf<GovernanceBodiesProjection, GovernanceBodies>(programmeId, asOf,
            bodies => bodies?.Bodies.FirstOrDefault(b => b.BodyId == bodyId) is { } body
                ? Problems.Found(body.Meetings.FirstOrDefault(m => m.MeetingId == meetingId), "Vergadering", meetingId)
                : Problems.NotFound("Overleg", bodyId),
            http.RequestAborted);
}
