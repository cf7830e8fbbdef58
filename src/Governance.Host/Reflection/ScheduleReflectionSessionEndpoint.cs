using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection;

public static class ScheduleReflectionSessionEndpoint
{
    /// <summary>
    /// Schedule a reflection session. <c>startsAt</c> is a local date-time in Europe/Amsterdam (e.g.
    /// <c>2026-05-12T14:00</c>), <c>lengthMinutes</c> 15–480. Invitees who are members of the programme are named by
    /// <c>inviteePersonIds</c> (their names come from the register; they get the calendar invitation and see the
    /// session under "Mijn week"); <c>invitees</c> names people from outside the register. Answers 201 with the session's id.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions", OperationId = "scheduleReflectionSession")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(Guid programmeId, ScheduleReflectionSession command, IDocumentSession session, IClock clock, HttpContext http) =>
        (await Execute(programmeId, command, session, clock, http.RequestAborted))
            .ToHttpCreated(http, id => $"/api/programmes/{programmeId}/reflection-sessions/{id}");

    /// <summary>The use case, for the API above and the page alike.</summary>
    public static async Task<Handled> Execute(Guid programmeId, ScheduleReflectionSession command, IDocumentSession session, IClock clock, CancellationToken ct)
    {
        var programme = await session.ProgrammeState(programmeId, ct);
        if (programme is null) return Handled.NotFound("Programma", programmeId);

        var (picked, notMembers) = await ProgrammePeople.NamesOf(session, programmeId, command.InviteePersonIds, "inviteePersonIds", ct);
        if (notMembers is not null) return Handled.Refuse(notMembers);

        var sessionId = Guid.CreateVersion7();
        var outcome = ScheduleReflectionSession.Decide(programme, sessionId,
            command with { Invitees = ProgrammePeople.Together(picked, command.Invitees) }, clock.GetCurrentInstant());
        if (outcome.IsRefused) return Handled.Refuse(outcome.Refusals);

        // A session is its own stream (docs/adr/0001): the facilitator never contends with decision work.
        session.Events.StartStream(sessionId, outcome.Events);
        return Handled.Accept(outcome.Events.Count, sessionId);
    }
}
