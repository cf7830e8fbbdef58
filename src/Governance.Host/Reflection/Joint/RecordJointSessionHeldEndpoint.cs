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
    /// Leg vast dat de gezamenlijke sessie is gehouden (aanwezigen, vragen van aanbeveling 9, uitkomsten, eventueel
    /// vertrouwelijke aantekeningen): gelijk vastgelegd in de sessie van elk programma dat meedoet. Aanwezigen die lid
    /// zijn van een van die programma's noem je met <c>attendingPersonIds</c>, anderen met hun naam. Antwoordt 204.
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
