using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Reflection;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection;

public static class RecordReflectionSessionHeldEndpoint
{
    /// <summary>Record that the session took place: attendees, the rec. 9 questions addressed, outcomes, and optional confidential notes (never shown by the session endpoints). Attendees who are members are named by <c>attendingPersonIds</c>, others by name in <c>attendees</c>. Answers 204; the ETag carries the session's new version.</summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/held", OperationId = "recordReflectionSessionHeld")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static async Task<IResult> Post(Guid programmeId, Guid sessionId, RecordReflectionSessionHeld command, IDocumentSession session, IClock clock, HttpContext http)
    {
        // Attendees who are members are picked by person id (they may read the confidential notes); others by name.
        var (picked, notMembers) = await ProgrammePeople.NamesOf(session, programmeId, command.AttendingPersonIds, "attendingPersonIds", http.RequestAborted);
        if (notMembers is not null) return notMembers;
        var withNames = command with { Attendees = ProgrammePeople.Together(picked, command.Attendees) };
        return await session.DecideInProgramme<ReflectionSession>(http, programmeId, sessionId, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, programme) => RecordReflectionSessionHeld.Decide(reflection, withNames, clock.GetCurrentInstant()),
            Results.NoContent);
    }
}
