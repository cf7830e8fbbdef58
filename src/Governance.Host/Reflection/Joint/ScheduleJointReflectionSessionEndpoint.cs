using Governance.Domain.Access;
using Governance.Domain.Common;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Joint;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection.Joint;

public static class ScheduleJointReflectionSessionEndpoint
{
    /// <summary>
    /// Plan een gezamenlijke sessie voor meerdere programma's van dezelfde opdrachtgevers (<c>programmeIds</c>,
    /// minstens twee). De persoon moet procesbegeleider zijn in elk programma: een programma waarvan die geen lid is,
    /// geeft 404; een programma waarin die geen reflectie mag plannen 403. Elk programma krijgt een eigen sessie
    /// (docs/adr/0004), verbonden door het gezamenlijke id in het antwoord (201).
    /// </summary>
    [WolverinePost("/api/joint-reflection-sessions", OperationId = "scheduleJointReflectionSession")]
    [RequiresSignIn]
    [Tags("Reflectie")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(ScheduleJointReflectionSession command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var handled = await Execute(command, session, clock, http);
        return handled.ToHttpCreated(http, id => $"/api/joint-reflection-sessions/{id}");
    }

    /// <summary>The use case, for the API above and the page alike (the request says who asks; nothing is written to its response).</summary>
    public static async Task<Handled> Execute(ScheduleJointReflectionSession command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var ct = http.RequestAborted;
        var programmes = new List<Programme>();
        foreach (var programmeId in command.ProgrammeIds ?? [])
        {
            // The same answers as a programme route: not a member → 404 (the programme's existence does not leak).
            var role = await JointSessions.RoleIn(http, programmeId);
            var programme = role is null ? null : await session.ProgrammeState(programmeId, ct);
            if (programme is null)
                return Handled.Refuse(new Refusal(RefusalKind.NotFound, "joint.programme-member",
                    $"Programma {programmeId} bestaat niet, of u bent er geen lid van.", Field: "programmeIds", Missing: "Programma"));
            if (!Rights.Allows(role!.Value, Right.PlanReflection))
                return Handled.ForbiddenBecause($"U bent geen procesbegeleider in {programme.Name}; alleen wie dat in elk gekozen programma is, plant een gezamenlijke sessie.");
            programmes.Add(programme);
        }

        // Writes to each covered programme are serialised like any other write to it (ProgrammeWriteLock); taken
        // once the person is known to facilitate every one of them.
        await ProgrammeWriteLock.AcquireAsync(session, programmes.Select(p => p.Id), ct);
        // Invitees picked by person id are named from the register too (the domain refuses anyone who is a member of none).
        var members = (await ProgrammePeople.Of(session, programmes.Select(p => p.Id), ct)).ToDictionary(m => m.PersonId);
        var picked = (command.InviteePersonIds ?? []).Distinct().Where(members.ContainsKey).Select(id => members[id].Name).ToList();
        var jointSessionId = Guid.CreateVersion7();
        var outcome = ScheduleJointReflectionSession.Decide(programmes, jointSessionId, Guid.CreateVersion7,
            command with { Invitees = ProgrammePeople.Together(picked, command.Invitees) }, clock.GetCurrentInstant());
        if (outcome.IsRefused) return Handled.Refuse(outcome.Refusals);

        foreach (var scheduled in outcome.Events.Cast<ReflectionSessionScheduled>())
            session.Events.StartStream(scheduled.SessionId, scheduled);
        return Handled.Accept(createdId: jointSessionId);
    }
}
