using Governance.Domain.Access;
using Governance.Domain.Programmes;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Care;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class GetTensionsAndCare
{
    /// <summary>
    /// Spanningen en zorg: spanningen met hun geschiedenis, vitaliteitschecks, successen, persoonlijk contact per
    /// partner en ervaringsdeskundigheid. Met <c>asOf</c> (een datum of een tijdstip) zoals het toen was. De lijst met
    /// spanningen kun je filteren (<c>status</c>, het orgaan waarnaar is geëscaleerd <c>bodyId</c>, een periode van
    /// benoemdatums <c>from</c>/<c>to</c>), sorteren (<c>sort</c>: raisedOn of -raisedOn; standaard in de volgorde van
    /// vastleggen) en in pagina's opvragen (offset/limit; X-Total-Count telt de gekozen spanningen).
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/tensions-and-care", OperationId = "getTensionsAndCare")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType<TensionsAndCare>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, string? asOf, string? status, Guid? bodyId, string? from, string? to, string? sort,
        string? offset, string? limit, IQuerySession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var errors = new Dictionary<string, string[]>();
        var wantedStatus = QueryFilters.Enum<TensionStatus>(status, "status", "Onbekende status: open, escalated of resolved.", errors);
        var fromDate = QueryFilters.Date(from, "from", errors);
        var toDate = QueryFilters.Date(to, "to", errors);
        var page = Paging.Read(offset, limit, errors);
        if (sort is not (null or "raisedOn" or "-raisedOn")) errors["sort"] = ["Sorteer op raisedOn of -raisedOn (standaard: volgorde van vastleggen)."];
        if (errors.Count > 0) return QueryFilters.Invalid(errors);

        var (_, care) = await session.ProgrammeAsOf<TensionsAndCareProjection, TensionsAndCare>(programmeId, moment, ct);
        if (care is null) return Problems.NotFound("Programma", programmeId);
        var selected = care.Tensions
            .Where(t => wantedStatus is null || t.Status == wantedStatus)
            .Where(t => bodyId is null || t.EscalatedToBodyId == bodyId)
            .Where(t => fromDate is null || t.RaisedOn >= fromDate)
            .Where(t => toDate is null || t.RaisedOn <= toDate);
        // Without a sort the tensions stay in the order they were recorded, as the document keeps them.
        var sorted = sort switch
        {
            "raisedOn" => selected.OrderBy(t => t.RaisedOn),
            "-raisedOn" => selected.OrderByDescending(t => t.RaisedOn),
            _ => selected,
        };
        care.Tensions = sorted.ToList().Page(page, http);
        return Results.Ok(care);
    }
}
