using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Decisions;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Decisions;

public static class SupersedeDecisionEndpoint
{
    /// <summary>
    /// Leg vast dat een later besluit van hetzelfde programma dit besluit vervangt. Antwoordt 204; de ETag draagt de
    /// nieuwe versie.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/decisions/{decisionId}/supersession", OperationId = "supersedeDecision")]
    [RequiresRight(Right.LogDecisions)]
    [Tags("Besluiten")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static async Task<IResult> Post(Guid programmeId, Guid decisionId, SupersedeDecision command, IDocumentSession session, IClock clock, HttpContext http)
    {
        // The superseding decision is only read, not written: its own stream is not touched.
        var superseding = command.SupersededByDecisionId is { } otherId
            ? await session.Events.FetchLatest<Decision>(otherId, http.RequestAborted)
            : null;
        return await session.DecideInProgramme<Decision>(http, programmeId, decisionId, "Besluit", d => d.ProgrammeId,
            (decision, programme) => SupersedeDecision.Decide(decision, superseding, programme, command, clock.GetCurrentInstant()),
            Results.NoContent);
    }
}
