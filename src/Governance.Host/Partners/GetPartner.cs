using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Partners;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Partners;

public static class GetPartner
{
    /// <summary>
    /// Eén partner van het programma zoals het partnerregister die toont (hier wijst Location naar na het toevoegen).
    /// Met <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/partners/{partnerId}", OperationId = "getPartner")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Partners")]
    [ProducesResponseType<PartnerEntry>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, Guid partnerId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var register = await session.AsOf<PartnerRegister>(programmeId, moment, http.RequestAborted);
        if (register is null) return Problems.NotFound("Programma", programmeId);
        return register.Partners.FirstOrDefault(p => p.PartnerId == partnerId) is { } partner
            ? Results.Ok(partner)
            : Problems.NotFound("Partner", partnerId);
    }
}
