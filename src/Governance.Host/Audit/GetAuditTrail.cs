using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Audit;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Audit;

public static class GetAuditTrail
{
    /// <summary>
    /// Het auditspoor: elke gebeurtenis van een programma, oudste eerst, met wanneer, wat, wie en in welk verzoek.
    /// Filters: de soort gebeurtenis (<c>type</c>) en een periode (datums of ISO-tijdstippen) van het moment van
    /// vastleggen; <c>asOf</c> toont het spoor zoals het toen was (niets wat later is vastgelegd). In pagina's met
    /// offset/limit en X-Total-Count.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/audit", OperationId = "getAuditTrail")]
    [Tags("Audittrail")]
    [RequiresRight(Right.ReadProgramme)]
    [ProducesResponseType<IReadOnlyList<AuditEntry>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, string? type, string? from, string? to, string? asOf, string? offset, string? limit,
        IQuerySession session, HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        var page = Paging.Read(offset, limit, errors);
        if (errors.Count > 0) return QueryFilters.Invalid(errors);
        var (trail, problem) = await Read(programmeId, type, from, to, asOf, session, http.RequestAborted);
        if (problem is not null) return problem;
        var shown = trail!.Page(page, http);
        await AuditSubjects.NameAsync(session, programmeId, shown, http.RequestAborted);
        return Results.Ok(shown);
    }

    /// <summary>
    /// The selected trail, or the problem (400 for a bad filter, 404 for an unknown programme). Shared with the exports.
    /// Its subjects are not named yet: the caller names the rows it returns (<see cref="AuditSubjects"/>).
    /// </summary>
    public static async Task<(List<AuditEntry>? Trail, IResult? Problem)> Read(Guid programmeId, string? type, string? from, string? to, string? asOf,
        IQuerySession session, CancellationToken ct)
    {
        if (!Moments.TryRead(from, "from", Moments.Boundary.StartOfDay, out var since, out var problem)) return (null, problem);
        if (!Moments.TryRead(to, "to", Moments.Boundary.EndOfDay, out var until, out problem)) return (null, problem);
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out problem)) return (null, problem);
        // An unknown type would match nothing: an empty trail that looks like "nothing happened". Refuse it instead.
        if (!string.IsNullOrWhiteSpace(type) && !AuditTrailProjection.EventTypeNames.Contains(type))
            return (null, QueryFilters.Invalid(new() { ["type"] = [$"type is de naam van een soort gebeurtenis, zoals DecisionLogged (de eventType in de audittrail)."] }));

        // As of a moment before its registration the programme did not exist yet: 404, as for every as-of read.
        if (await session.AsOf<Governance.Domain.Programmes.Programme>(programmeId, moment, ct) is null)
            return (null, Problems.NotFound("Programma", programmeId));

        // "As of" a moment is the period up to that moment: nothing recorded after it.
        var upTo = moment is null ? until : until is null ? moment : NodaTime.Instant.Min(until.Value, moment.Value);
        return ((await Trail(programmeId, type, since, upTo, session, ct)).ToList(), null);
    }

    /// <summary>
    /// The trail as the API, the exports and the pages select it, oldest first; the rows shown are named by the caller
    /// (<see cref="AuditSubjects.NameAsync"/>), so a page of 50 does not name 10,000.
    /// </summary>
    public static async Task<IReadOnlyList<AuditEntry>> Trail(Guid programmeId, string? type, NodaTime.Instant? since, NodaTime.Instant? until, IQuerySession session, CancellationToken ct)
    {
        // NodaTime members inside a document are not translated to SQL (no Marten NodaTime plugin): select by programme,
        // then filter the period in memory. A programme has thousands of events at most.
        var entries = await session.Query<AuditEntry>().Where(x => x.ProgrammeId == programmeId).ToListAsync(ct);
        return Filter(entries, type, since, until).ToList();
    }

    /// <summary>
    /// The entries of one kind within a period, oldest first. The audit page reads the whole trail once (it lists every
    /// kind for its filter) and narrows it with this, rather than reading the trail a second time.
    /// </summary>
    public static IEnumerable<AuditEntry> Filter(IEnumerable<AuditEntry> entries, string? type, NodaTime.Instant? since, NodaTime.Instant? until) =>
        entries
            .Where(x => type is null || x.EventType == type)
            .Where(x => since is null || x.RecordedAt >= since)
            .Where(x => until is null || x.RecordedAt <= until)
            .OrderBy(x => x.RecordedAt).ThenBy(x => x.StreamId).ThenBy(x => x.Version);
}
