using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class RecordVitalityCheckEndpoint
{
    /// <summary>Leg een vitaliteitscheck van team en partners vast. Antwoordt 204.</summary>
    [WolverinePost("/api/programmes/{programmeId}/vitality-checks", OperationId = "recordVitalityCheck")]
    [RequiresRight(Right.RecordCare)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> VitalityCheck(Guid programmeId, RecordVitalityCheck command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.Decide<Programme>(http, programmeId, "Programma",
            programme => RecordVitalityCheck.Decide(programme, command, clock.GetCurrentInstant()), Results.NoContent);
}
