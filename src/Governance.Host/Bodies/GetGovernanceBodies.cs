using Governance.Domain.Access;
using Governance.Domain.Bodies;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Bodies;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Bodies;

public static class GetGovernanceBodies
{
    /// <summary>
    /// De overlegorganen van het programma met leden, spelregels en vergaderingen. Met <c>asOf</c> (een datum of een
    /// tijdstip) zoals het toen was. De lijst met organen kun je filteren (<c>kind</c>, een partner die lid is
    /// <c>partnerId</c>), sorteren (<c>sort</c>: establishedAt, de standaard, -establishedAt, name, -name) en in
    /// pagina's opvragen (offset/limit; X-Total-Count telt de gekozen organen).
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/bodies", OperationId = "getGovernanceBodies")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Overleggen")]
    [ProducesResponseType<GovernanceBodies>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, string? asOf, string? kind, Guid? partnerId, string? sort, string? offset, string? limit,
        IQuerySession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var errors = new Dictionary<string, string[]>();
        var wantedKind = QueryFilters.Enum<BodyKind>(kind, "kind", "Onbekende soort overleg.", errors);
        var page = Paging.Read(offset, limit, errors);
        if (sort is not (null or "establishedAt" or "-establishedAt" or "name" or "-name"))
            errors["sort"] = ["Sorteer op establishedAt (standaard), -establishedAt, name of -name."];
        if (errors.Count > 0) return QueryFilters.Invalid(errors);

        var (_, bodies) = await session.ProgrammeAsOf<GovernanceBodiesProjection, GovernanceBodies>(programmeId, moment, ct);
        if (bodies is null) return Problems.NotFound("Programma", programmeId);
        var selected = bodies.Bodies
            .Where(b => wantedKind is null || b.Kind == wantedKind)
            .Where(b => partnerId is null || b.Members.Any(m => m.PartnerId == partnerId));
        // Bodies are kept in the order they were established; that stays the default.
        IEnumerable<BodyView> sorted = sort switch
        {
            "-establishedAt" => selected.Reverse(),
            "name" => selected.OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase),
            "-name" => selected.OrderByDescending(b => b.Name, StringComparer.CurrentCultureIgnoreCase),
            _ => selected,
        };
        bodies.Bodies = sorted.ToList().Page(page, http);
        return Results.Ok(bodies);
    }
}
