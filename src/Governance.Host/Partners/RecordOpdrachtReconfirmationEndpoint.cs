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
        session.DecideOnProgramme(http, programmeId,
            programme => RecordOpdrachtReconfirmation.Decide(programme, partnerId, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
