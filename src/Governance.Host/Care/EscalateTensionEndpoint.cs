using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class EscalateTensionEndpoint
{
    /// <summary>
    /// Escaleer een spanning naar een orgaan van het programma. Antwoordt 204; 409 als de spanning is opgelost of het
    /// orgaan niet bestaat.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/tensions/{tensionId}/escalation", OperationId = "escalateTension")]
    [RequiresRight(Right.ManageTensions)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Escalate(Guid programmeId, Guid tensionId, EscalateTension command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteEscalate(programmeId, tensionId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteEscalate(Guid programmeId, Guid tensionId, EscalateTension command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, programme => EscalateTension.Decide(programme, tensionId, command, clock.GetCurrentInstant()), ct);
}
