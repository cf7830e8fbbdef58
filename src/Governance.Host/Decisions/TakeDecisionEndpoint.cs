using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Decisions;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Decisions;

public static class TakeDecisionEndpoint
{
    /// <summary>
    /// Neem een conceptbesluit, op een datum. Antwoordt 204; de ETag draagt de nieuwe versie van het besluit.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/decisions/{decisionId}/taken", OperationId = "takeDecision")]
    [RequiresRight(Right.LogDecisions)]
    [Tags("Besluiten")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Post(Guid programmeId, Guid decisionId, TakeDecision command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideInProgramme<Decision>(http, programmeId, decisionId, "Besluit", d => d.ProgrammeId,
            (decision, programme) => TakeDecision.Decide(decision, programme, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
