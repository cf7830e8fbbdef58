using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class RaiseTensionEndpoint
{
    /// <summary>Benoem een spanning. Antwoordt 201 met het id van de spanning.</summary>
    [WolverinePost("/api/programmes/{programmeId}/tensions", OperationId = "raiseTension")]
    [RequiresRight(Right.RaiseTensions)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Raise(Guid programmeId, RaiseTension command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var tensionId = Guid.CreateVersion7();
        return session.Decide<Programme>(http, programmeId, "Programma",
            programme => RaiseTension.Decide(programme, tensionId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/tensions/{tensionId}", new CreatedId(tensionId)));
    }
}
