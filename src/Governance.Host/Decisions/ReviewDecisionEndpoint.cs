using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Decisions;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Decisions;

public static class ReviewDecisionEndpoint
{
    /// <summary>Record a review of a taken decision: its conclusion and, optionally, the next review date. Answers 204; the ETag carries the decision's new version.</summary>
    [WolverinePost("/api/programmes/{programmeId}/decisions/{decisionId}/review", OperationId = "reviewDecision")]
    [RequiresRight(Right.LogDecisions)]
    [Tags("Besluiten")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Post(Guid programmeId, Guid decisionId, ReviewDecision command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideInProgramme<Decision>(http, programmeId, decisionId, "Besluit", d => d.ProgrammeId,
            (decision, programme) => ReviewDecision.Decide(decision, programme, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
