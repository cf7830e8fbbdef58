using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Bodies;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Bodies;

public static class RecordMeetingEndpoint
{
    /// <summary>
    /// Leg een vergadering van het orgaan vast: datum, aanwezige leden en de agenda met labels. Antwoordt 201 met het
    /// id van de vergadering.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/bodies/{bodyId}/meetings", OperationId = "recordMeeting")]
    [RequiresRight(Right.ManageBodies)]
    [Tags("Overleggen")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid programmeId, Guid bodyId, RecordMeeting command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var meetingId = Guid.CreateVersion7();
        return session.DecideOnProgramme(http, programmeId,
            programme => RecordMeeting.Decide(programme, bodyId, meetingId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/bodies/{bodyId}/meetings/{meetingId}", new CreatedId(meetingId)));
    }
}
