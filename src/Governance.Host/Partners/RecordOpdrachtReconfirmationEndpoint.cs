using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Partners;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Partners;

public static class RecordOpdrachtReconfirmationEndpoint
{
    /// <summary>
    /// Leg vast of de opdracht opnieuw is bevestigd met de huidige vertegenwoordigers van de partner (<c>reconfirmed:
    /// true</c>), of uitdrukkelijk niet (<c>false</c>, met de reden in <c>note</c>). Antwoordt 204.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/partners/{partnerId}/opdracht-reconfirmation", OperationId = "recordOpdrachtReconfirmation")]
    [RequiresRight(Right.ManagePartners)]
    [Tags("Partners")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Record(Guid programmeId, Guid partnerId, RecordOpdrachtReconfirmation command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteRecord(programmeId, partnerId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteRecord(Guid programmeId, Guid partnerId, RecordOpdrachtReconfirmation command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, programme => RecordOpdrachtReconfirmation.Decide(programme, partnerId, command, clock.GetCurrentInstant()), ct);
}
