using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Governance.Projections.Decisions;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Decisions;

public static class GetDecisions
{
    /// <summary>
    /// Eén besluit: alles wat is vastgelegd, de status, de standpunten van de partners en de volledige geschiedenis.
    /// Met <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/decisions/{decisionId}", OperationId = "getDecision")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Besluiten")]
    [ProducesResponseType<DecisionRecord>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, Guid decisionId, string? asOf, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var record = await session.AsOf<DecisionRecord>(decisionId, moment, ct);
        if (record is null || record.ProgrammeId != programmeId) return Problems.NotFound("Besluit", decisionId);
        // A past state cannot be written to: only the current one carries the version for If-Match.
        if (moment is null) await IfMatch.WriteETag(session, http, decisionId);
        return Results.Ok(record);
    }

    /// <summary>
    /// De besluitenlijst van het programma, nieuwste besluit eerst. Filters: status, aanbeveling, een partner (die
    /// besloot of een standpunt gaf), een besluitend orgaan en een periode van besluitdatums (from/to, inclusief);
    /// <c>asOf</c> toont de lijst zoals die toen was. Gesorteerd met <c>sort</c> (decidedOn, -decidedOn, title,
    /// -title); in pagina's met offset/limit en X-Total-Count.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/decisions", OperationId = "listDecisions")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Besluiten")]
    [ProducesResponseType<IReadOnlyList<DecisionRecord>>(StatusCodes.Status200OK)]
    public static async Task<IResult> List(Guid programmeId, string? status, string? recommendation, Guid? partnerId, Guid? bodyId,
        string? from, string? to, string? asOf, string? sort, string? offset, string? limit, IQuerySession session, HttpContext http)
    {
        // A bad offset or limit is named in the same 400 as a bad filter.
        var errors = new Dictionary<string, string[]>();
        var page = Paging.Read(offset, limit, errors);
        var (selected, problem) = await Select(programmeId, status, recommendation, partnerId, bodyId, from, to, asOf, sort, session, http.RequestAborted, errors);
        return problem ?? Results.Ok(selected!.Page(page, http));
    }

    /// <summary>
    /// Every decision the filters select, sorted, or the problem (400 naming the filter, 404 for an unknown programme):
    /// the API pages it with offset/limit, the decision log page with its own page links. <paramref name="errors"/> may
    /// already name the caller's own parameters.
    /// </summary>
    public static async Task<(List<DecisionRecord>? Selected, IResult? Problem)> Select(Guid programmeId, string? status, string? recommendation,
        Guid? partnerId, Guid? bodyId, string? from, string? to, string? asOf, string? sort, IQuerySession session, CancellationToken ct,
        Dictionary<string, string[]>? errors = null)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return (null, problem);
        errors ??= [];
        var wantedStatus = QueryFilters.Enum<DecisionStatus>(status, "status", "Onbekende status.", errors);
        var wantedRecommendation = QueryFilters.Enum<Recommendation>(recommendation, "recommendation", "Onbekende aanbeveling.", errors);
        var fromDate = QueryFilters.Date(from, "from", errors);
        var toDate = QueryFilters.Date(to, "to", errors);
        if (sort is not (null or "decidedOn" or "-decidedOn" or "title" or "-title"))
            errors["sort"] = ["Sorteer op decidedOn, -decidedOn (standaard: nieuwste eerst), title of -title."];
        if (errors.Count > 0) return (null, QueryFilters.Invalid(errors));

        // As of a moment before its registration the programme did not exist yet.
        if (await session.AsOf<Programme>(programmeId, moment, ct) is null) return (null, Problems.NotFound("Programma", programmeId));

        // Few decisions per programme: load them by programme and filter in memory (NodaTime members inside a document are
        // not translated to SQL; only the columns of DecisionsModule are).
        var records = await session.Query<DecisionRecord>().Where(d => d.ProgrammeId == programmeId).ToListAsync(ct);
        if (moment is not null)
        {
            // As of a moment: each decision replayed up to it; decisions logged later did not exist yet.
            var then = new List<DecisionRecord>();
            foreach (var record in records)
                if (await session.AsOf<DecisionRecord>(record.Id, moment, ct) is { } past) then.Add(past);
            records = then;
        }
        var selected = records
            .Where(d => wantedStatus is null || d.Status == wantedStatus)
            .Where(d => wantedRecommendation is null || d.Recommendations.Contains(wantedRecommendation.Value))
            .Where(d => partnerId is null || d.DecidedBy.PartnerId == partnerId || d.Positions.Any(p => p.PartnerId == partnerId))
            .Where(d => bodyId is null || d.DecidedBy.BodyId == bodyId)
            .Where(d => fromDate is null || d.DecidedOn >= fromDate)
            .Where(d => toDate is null || d.DecidedOn <= toDate);
        IEnumerable<DecisionRecord> sorted = sort switch
        {
            "decidedOn" => selected.OrderBy(d => d.DecidedOn).ThenBy(d => d.LoggedAt),
            "title" => selected.OrderBy(d => d.Title, StringComparer.CurrentCultureIgnoreCase),
            "-title" => selected.OrderByDescending(d => d.Title, StringComparer.CurrentCultureIgnoreCase),
            _ => selected.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.LoggedAt),
        };
        return (sorted.ToList(), null);
    }
}
