using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class RecordPersonalConnectionEndpoint
{
    /// <summary>
    /// Leg vast dat er persoonlijk contact was met een actieve partner, en wanneer (nooit wat er gezegd is). Antwoordt
    /// 204.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/personal-connections", OperationId = "recordPersonalConnection")]
    [RequiresRight(Right.RecordCare)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> PersonalConnection(Guid programmeId, RecordPersonalConnection command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.Decide<Programme>(http, programmeId, "Programma",
            programme => RecordPersonalConnection.Decide(programme, command, clock.GetCurrentInstant()), Results.NoContent);
}
