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
    /// Whether the opdracht was (re)confirmed with the partner's current representatives (<c>reconfirmed: true</c>), or
    /// explicitly not (<c>false</c>, with the reason in <c>note</c>). Answers 204.
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
