using Governance.Domain.Access;
using Governance.Domain.Partners;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Partners;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Partners;

public static class GetPartnerRegister
{
    /// <summary>
    /// Het partnerregister van het programma: elke partner (ook vertrokken partners) met laag, rol, datum van toetreden
    /// en vertrek, belang en bijdrage, onderschrijving, vertegenwoordigers, leerdoelen en mandaten. Met <c>asOf</c>
    /// (een datum of een tijdstip) zoals het toen was. De lijst met partners kun je filteren (<c>status</c> active of
    /// left, <c>layer</c>, <c>role</c>), sorteren (<c>sort</c>: joinedOn, de standaard, -joinedOn, name, -name) en in
    /// pagina's opvragen (offset/limit; X-Total-Count telt de gekozen partners).
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/partners", OperationId = "getPartnerRegister")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Partners")]
    [ProducesResponseType<PartnerRegister>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, string? asOf, string? status, string? layer, string? role, string? sort,
        string? offset, string? limit, IQuerySession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var errors = new Dictionary<string, string[]>();
        if (status is not (null or "" or "active" or "left")) errors["status"] = ["status is active of left."];
        var wantedLayer = QueryFilters.Enum<Bestuurslaag>(layer, "layer", "Onbekende bestuurslaag.", errors);
        var wantedRole = QueryFilters.Enum<PartnerRole>(role, "role", "Onbekende rol.", errors);
        var page = Paging.Read(offset, limit, errors);
        if (sort is not (null or "joinedOn" or "-joinedOn" or "name" or "-name"))
            errors["sort"] = ["Sorteer op joinedOn (standaard), -joinedOn, name of -name."];
        if (errors.Count > 0) return QueryFilters.Invalid(errors);

        var register = await session.AsOf<PartnerRegister>(programmeId, moment, ct);
        if (register is null) return Problems.NotFound("Programma", programmeId);
        var selected = register.Partners
            .Where(p => status is null or "" || (status == "active") == p.Active)
            .Where(p => wantedLayer is null || p.Layer == wantedLayer)
            .Where(p => wantedRole is null || p.Role == wantedRole);
        // The register keeps partners in the order they joined; that stays the default.
        IEnumerable<PartnerEntry> sorted = sort switch
        {
            "-joinedOn" => selected.Reverse(),
            "name" => selected.OrderBy(p => p.OrganisationName, StringComparer.CurrentCultureIgnoreCase),
            "-name" => selected.OrderByDescending(p => p.OrganisationName, StringComparer.CurrentCultureIgnoreCase),
            _ => selected,
        };
        register.Partners = sorted.ToList().Page(page, http);
        return Results.Ok(register);
    }
}
