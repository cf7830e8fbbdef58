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
    /// <summary>Record that a personal contact with an active partner happened, and when — never what was said. Answers 204.</summary>
    [WolverinePost("/api/programmes/{programmeId}/personal-connections", OperationId = "recordPersonalConnection")]
    [RequiresRight(Right.RecordCare)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> PersonalConnection(Guid programmeId, RecordPersonalConnection command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.Decide<Programme>(http, programmeId, "Programma",
            programme => RecordPersonalConnection.Decide(programme, command, clock.GetCurrentInstant()), Results.NoContent);
}
