using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Resources;

public static class CommitFundingEndpoint
{
    /// <summary>
    /// Een partner (niet de opdrachtnemer) zegt geld toe voor een periode. Antwoordt 201 met het id van de toezegging.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/funding", OperationId = "commitFunding")]
    [RequiresRight(Right.CommitFunding)]
    [Tags("Middelen")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid programmeId, CommitFunding command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var fundingId = Guid.CreateVersion7();
        return session.Decide<Programme>(http, programmeId, "Programma",
            programme => CommitFunding.Decide(programme, fundingId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/funding/{fundingId}", new CreatedId(fundingId)));
    }
}
