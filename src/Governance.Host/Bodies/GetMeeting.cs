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
    public static async Task<IResult> Get(Guid programmeId, Guid bodyId, Guid meetingId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (existed, bodies) = await session.ProgrammeAsOf<GovernanceBodiesProjection, GovernanceBodies>(programmeId, moment, http.RequestAborted);
        if (!existed) return Problems.NotFound("Programma", programmeId);
        if (bodies?.Bodies.FirstOrDefault(b => b.BodyId == bodyId) is not { } body) return Problems.NotFound("Overleg", bodyId);
        return body.Meetings.FirstOrDefault(m => m.MeetingId == meetingId) is { } meeting
            ? Results.Ok(meeting)
            : Problems.NotFound("Vergadering", meetingId);
    }
}
