using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Decisions;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Decisions;

public static class ReviseDecisionEndpoint
{
    /// <summary>
    /// Herzie een besluit: wat er verandert en waarom. Antwoordt 204; de ETag draagt de nieuwe versie van het besluit.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/decisions/{decisionId}/revision", OperationId = "reviseDecision")]
    [RequiresRight(Right.LogDecisions)]
    [Tags("Besluiten")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Post(Guid programmeId, Guid decisionId, ReviseDecision command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideInProgramme<Decision>(http, programmeId, decisionId, "Besluit", d => d.ProgrammeId,
            (decision, programme) => ReviseDecision.Decide(decision, programme, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
