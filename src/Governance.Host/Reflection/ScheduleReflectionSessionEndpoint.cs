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
    /// Plan een reflectiesessie. <c>startsAt</c> is een lokale datum en tijd in Europe/Amsterdam (bijvoorbeeld
    /// <c>2026-05-12T14:00</c>), <c>lengthMinutes</c> 15 tot 480. Genodigden die lid zijn van het programma noem je met
    /// <c>inviteePersonIds</c> (hun namen komen uit het register; zij krijgen de agenda-uitnodiging en zien de sessie
    /// onder "Mijn week"); <c>invitees</c> noemt mensen van buiten het register. Antwoordt 201 met het id van de
    /// sessie.
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
