using Governance.Domain.Access;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Joint;
using Governance.Host.Access;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection.Joint;

public static class RecordJointSessionHeldEndpoint
{
    /// <summary>
    /// Record that the gezamenlijke sessie took place (attendees, rec. 9 questions, outcomes, optional confidential
    /// notes): recorded alike in every covered programme's session. Attendees who are members of a covered programme are
    /// named by <c>attendingPersonIds</c>, others by name. Answers 204.
    /// </summary>
    [WolverinePost("/api/joint-reflection-sessions/{jointSessionId}/held", OperationId = "recordJointReflectionSessionHeld")]
    [RequiresSignIn]
    [Tags("Reflectie")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static async Task<IResult> Post(Guid jointSessionId, RecordReflectionSessionHeld command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var (parts, refused) = await JointSessions.WithRightInEvery(http, session, jointSessionId, Right.PlanReflection, http.RequestAborted);
        if (refused is not null) return refused;
        // Attendees picked by person id are members of a covered programme; their names come from the register.
        var (picked, notMembers) = await ProgrammePeople.NamesOf(session, parts.Select(p => p.ProgrammeId), command.AttendingPersonIds,
            "attendingPersonIds", http.RequestAborted);
        if (notMembers is not null) return notMembers;
        var withNames = command with { Attendees = ProgrammePeople.Together(picked, command.Attendees) };
        return await JointSessions.Decide(session, parts,
            sessions => RecordJointSessionHeld.Decide(sessions, withNames, clock.GetCurrentInstant()), http.RequestAborted);
    }
}
