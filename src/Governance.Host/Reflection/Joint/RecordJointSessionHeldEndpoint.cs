using Governance.Domain.Access;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Joint;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
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
        return (await Execute(parts, command, session, clock, http.RequestAborted)).ToHttp(http, Results.NoContent);
    }

    /// <summary>The use case, for the API above and the page alike: <paramref name="parts"/> are the sessions the person may update.</summary>
    public static async Task<Handled> Execute(IReadOnlyList<JointPart> parts, RecordReflectionSessionHeld command, IDocumentSession session, IClock clock, CancellationToken ct)
    {
        // Attendees picked by person id are members of a covered programme; their names come from the register.
        var (picked, notMembers) = await ProgrammePeople.NamesOf(session, parts.Select(p => p.ProgrammeId), command.AttendingPersonIds,
            "attendingPersonIds", ct);
        if (notMembers is not null) return Handled.Refuse(notMembers);
        var withNames = command with { Attendees = ProgrammePeople.Together(picked, command.Attendees) };
        return await JointSessions.Handle(session, parts,
            sessions => RecordJointSessionHeld.Decide(sessions, withNames, clock.GetCurrentInstant()), ct);
    }
}
