using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Decisions;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Decisions;

public static class WithdrawDecisionEndpoint
{
    /// <summary>
    /// Trek een besluit in, met de reden. Antwoordt 204; de ETag draagt de nieuwe versie van het besluit.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/decisions/{decisionId}/withdrawal", OperationId = "withdrawDecision")]
    [RequiresRight(Right.LogDecisions)]
    [Tags("Besluiten")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Post(Guid programmeId, Guid decisionId, WithdrawDecision command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideInProgramme<Decision>(http, programmeId, decisionId, "Besluit", d => d.ProgrammeId,
            (decision, programme) => WithdrawDecision.Decide(decision, programme, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
