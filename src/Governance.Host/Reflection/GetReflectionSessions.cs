using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Host.Infrastructure;
using Governance.Projections.Reflection;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Reflection;

/// <summary>
/// The reflection calendar. Every answer here is built from <see cref="ReflectionSessionView"/>, which never holds
/// the confidential notes.
/// </summary>
public static class GetReflectionSessions
{
    /// <summary>
    /// Eén reflectiesessie: wanneer en waar, wie die leidt, de agenda, en na afloop de uitkomsten, lessen en acties.
    /// Met <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/reflection-sessions/{sessionId}", OperationId = "getReflectionSession")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Reflectie")]
    [ProducesResponseType<ReflectionSessionView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, Guid sessionId, string? asOf, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var view = await session.AsOf<ReflectionSessionView>(sessionId, moment, ct);
        if (view is null || view.ProgrammeId != programmeId) return Problems.NotFound("Reflectiesessie", sessionId);
        // A past state cannot be written to: only the current one carries the version for If-Match.
        if (moment is null) await IfMatch.WriteETag(session, http, sessionId);
        return Results.Ok(view);
    }

    /// <summary>
    /// De reflectiesessies van het programma (gepland, afgezegd en gehouden), op begintijd. Filters: <c>status</c> en
    /// een periode van begindatums (<c>from</c>/<c>to</c>, inclusief, Europe/Amsterdam); <c>asOf</c> (een datum of een
    /// tijdstip) toont de sessies zoals ze toen waren. Gesorteerd met <c>sort</c> (start, de standaard, of -start); in
    /// pagina's met offset/limit en X-Total-Count.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/reflection-sessions", OperationId = "listProgrammeReflectionSessions")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Reflectie")]
    [ProducesResponseType<IReadOnlyList<ReflectionSessionView>>(StatusCodes.Status200OK)]
    public static async Task<IResult> ForProgramme(Guid programmeId, string? status, string? from, string? to, string? asOf, string? sort,
        string? offset, string? limit, IQuerySession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var errors = new Dictionary<string, string[]>();
        var wantedStatus = QueryFilters.Enum<ReflectionSessionStatus>(status, "status", "Onbekende status: scheduled, cancelled of held.", errors);
        var fromDate = QueryFilters.Date(from, "from", errors);
        var toDate = QueryFilters.Date(to, "to", errors);
        var page = Paging.Read(offset, limit, errors);
        if (sort is not (null or "start" or "-start")) errors["sort"] = ["Sorteer op start (standaard) of -start."];
        if (errors.Count > 0) return QueryFilters.Invalid(errors);

        if (await session.AsOf<Programme>(programmeId, moment, ct) is null) return Problems.NotFound("Programma", programmeId);

        var views = await session.Query<ReflectionSessionView>().Where(s => s.ProgrammeId == programmeId).ToListAsync(ct);
        if (moment is not null)
        {
            // As of a moment: each session replayed up to it; sessions scheduled later did not exist yet.
            var then = new List<ReflectionSessionView>();
            foreach (var view in views)
                if (await session.AsOf<ReflectionSessionView>(view.Id, moment, ct) is { } past) then.Add(past);
            views = then;
        }
        var selected = views
            .Where(s => wantedStatus is null || s.Status == wantedStatus)
            .Where(s => fromDate is null || s.Start.Date >= fromDate)
            .Where(s => toDate is null || s.Start.Date <= toDate);
        var sorted = sort == "-start" ? selected.OrderByDescending(s => s.Start.ToInstant()) : selected.OrderBy(s => s.Start.ToInstant());
        return Results.Ok(sorted.ToList().Page(page, http));
    }

    /// <summary>
    /// De sessies van een procesbegeleider in de programma's waaraan de aangemelde persoon meedoet, op begintijd.
    /// Eventueel alleen die vanaf/tot een datum beginnen (inclusief, lokale datums in Europe/Amsterdam).
    /// </summary>
    [WolverineGet("/api/reflection-sessions", OperationId = "listFacilitatorReflectionSessions")]
    [RequiresSignIn]
    [Tags("Reflectie")]
    [ProducesResponseType<IReadOnlyList<ReflectionSessionView>>(StatusCodes.Status200OK)]
    public static async Task<IResult> ForFacilitator(string? facilitator, string? from, string? to, IQuerySession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(facilitator)) errors["facilitator"] = ["Geef de naam van de begeleider."];
        var fromDate = QueryFilters.Date(from, "from", errors);
        var toDate = QueryFilters.Date(to, "to", errors);
        if (errors.Count > 0) return QueryFilters.Invalid(errors);

        var name = facilitator!.Trim();
        // The name comparison translates to SQL (people type names in varying case); the dates are NodaTime and are
        // filtered in memory.
        var views = await session.Query<ReflectionSessionView>()
            .Where(s => s.Facilitator.Equals(name, StringComparison.OrdinalIgnoreCase)).ToListAsync(ct);
        var mine = (await session.ProgrammesOf(http.User.PersonIdOf()!.Value, ct)).ToHashSet();
        var selected = views
            .Where(s => mine.Contains(s.ProgrammeId))
            .Where(s => fromDate is null || s.Start.Date >= fromDate)
            .Where(s => toDate is null || s.Start.Date <= toDate)
            .OrderBy(s => s.Start.ToInstant())
            .ToList();
        return Results.Ok(selected);
    }
}
