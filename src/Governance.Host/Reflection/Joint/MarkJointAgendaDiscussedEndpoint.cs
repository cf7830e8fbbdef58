using Governance.Domain.Access;
using Governance.Domain.Reflection.Agenda;
using Governance.Domain.Reflection.Joint;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection.Joint;

public static class MarkJointAgendaDiscussedEndpoint
{
    /// <summary>
    /// Markeer punten van een gehouden gezamenlijke sessie als besproken, met een aantekening en gekoppelde lessen
    /// (vastgelegd in de sessie van het programma van het punt: <c>POST
    /// /api/programmes/{programmeId}/reflection-sessions/{sessionId}/lessons</c>). Elk punt wordt vastgelegd in de
    /// sessie van zijn eigen programma, zodat de gezondheidspagina van dat programma "besproken op" toont. Antwoordt
    /// 204.
    /// </summary>
    [WolverinePost("/api/joint-reflection-sessions/{jointSessionId}/agenda/discussed", OperationId = "markJointAgendaDiscussed")]
    [RequiresSignIn]
    [Tags("Reflectie")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static async Task<IResult> Post(Guid jointSessionId, MarkAgendaDiscussed command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var (parts, refused) = await JointSessions.WithRightInEvery(http, session, jointSessionId, Right.PlanReflection, http.RequestAborted);
        if (refused is not null) return refused;
        return (await Execute(parts, command, session, clock, http.RequestAborted)).ToHttp(http, Results.NoContent);
    }

    /// <summary>The use case, for the API above and the page alike: <paramref name="parts"/> are the sessions the person may update.</summary>
    public static Task<Handled> Execute(IReadOnlyList<JointPart> parts, MarkAgendaDiscussed command, IDocumentSession session, IClock clock, CancellationToken ct) =>
        JointSessions.Handle(session, parts,
            sessions => MarkJointAgendaDiscussed.Decide(sessions, command, clock.GetCurrentInstant()), ct);
}
