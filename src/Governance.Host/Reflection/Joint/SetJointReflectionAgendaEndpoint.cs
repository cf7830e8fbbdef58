using Governance.Domain.Access;
using Governance.Domain.Reflection.Joint;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection.Joint;

public static class SetJointReflectionAgendaEndpoint
{
    /// <summary>
    /// Leg de agenda van een gezamenlijke sessie vast (of vervang die), in volgorde. Elk punt noemt zijn programma
    /// (<c>items[].programmeId</c>) en wordt vastgelegd in de sessie van dat programma, zodat genodigden de wijziging
    /// van de ene afspraak krijgen. Antwoordt 204.
    /// </summary>
    [WolverinePost("/api/joint-reflection-sessions/{jointSessionId}/agenda", OperationId = "setJointReflectionAgenda")]
    [RequiresSignIn]
    [Tags("Reflectie")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static async Task<IResult> Post(Guid jointSessionId, SetJointReflectionAgenda command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var (parts, refused) = await JointSessions.WithRightInEvery(http, session, jointSessionId, Right.PlanReflection, http.RequestAborted);
        if (refused is not null) return refused;
        return (await Execute(parts, command, session, clock, http.RequestAborted)).ToHttp(http, Results.NoContent);
    }

    /// <summary>The use case, for the API above and the page alike: <paramref name="parts"/> are the sessions the person may update.</summary>
    public static Task<Handled> Execute(IReadOnlyList<JointPart> parts, SetJointReflectionAgenda command, IDocumentSession session, IClock clock, CancellationToken ct) =>
        JointSessions.Handle(session, parts,
            sessions => SetJointReflectionAgenda.Decide(sessions, command, Guid.CreateVersion7, clock.GetCurrentInstant()), ct);
}
