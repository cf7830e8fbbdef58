using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class CelebrateSuccessEndpoint
{
    /// <summary>Leg een gevierd succes vast. Antwoordt 204.</summary>
    [WolverinePost("/api/programmes/{programmeId}/successes", OperationId = "celebrateSuccess")]
    [RequiresRight(Right.RecordCare)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Success(Guid programmeId, CelebrateSuccess command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.Decide<Programme>(http, programmeId, "Programma",
            programme => CelebrateSuccess.Decide(programme, command, clock.GetCurrentInstant()), Results.NoContent);
}
