using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Bodies;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Bodies;

public static class EstablishGovernanceBodyEndpoint
{
    /// <summary>
    /// Richt een overlegorgaan op: naam, soort, doel, vergaderingen per jaar en de aspecten van doorzettingsmacht die
    /// het dekt. Antwoordt 201 met het id van het orgaan.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/bodies", OperationId = "establishGovernanceBody")]
    [RequiresRight(Right.ManageBodies)]
    [Tags("Overleggen")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid programmeId, EstablishGovernanceBody command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var bodyId = Guid.CreateVersion7();
        return session.Decide<Programme>(http, programmeId, "Programma",
            programme => EstablishGovernanceBody.Decide(programme, bodyId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/bodies/{bodyId}", new CreatedId(bodyId)));
    }
}
