using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Partners;

public static class AddPartnerEndpoint
{
    /// <summary>
    /// Voeg een organisatie in een rol toe aan het programma. Antwoordt 201 met het id van de partner.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/partners", OperationId = "addPartner")]
    [Tags("Partners")]
    [RequiresRight(Right.ManagePartners)]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid programmeId, AddPartner command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var partnerId = Guid.CreateVersion7();
        return session.Decide<Programme>(http, programmeId, "Programma",
            programme => AddPartner.Decide(programme, partnerId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/partners/{partnerId}", new CreatedId(partnerId)));
    }
}
