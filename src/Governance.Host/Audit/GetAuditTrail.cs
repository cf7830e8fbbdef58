using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Audit;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Audit;

/// <summary>
/// Which part of a programme's audit trail is asked for: one kind of event, a period of recording (both ends
/// included), a person or organisation (a part of the name, any case). The API, the exports, the audit page and the
/// programme's timeline all select through this, so they cannot disagree about what a filter means.
/// </summary>
public sealed record AuditSelection(Guid ProgrammeId, string? Type = null, Instant? Since = null, Instant? Until = null, string? Person = null)
{
    /// <summary>
    /// The selected rows, still in the database: the caller counts them and reads only the rows it shows. Every
    /// condition but the person is a column (AuditModule), compared to the microsecond as PostgreSQL keeps moments.
    /// </summary>
    public IQueryable<AuditEntry> In(IQuerySession session)
    {
        var rows = session.Query<AuditEntry>().Where(x => x.ProgrammeId == ProgrammeId);
        if (Type is { } type) rows = rows.Where(x => x.EventType == type);
        if (Since is { } since) rows = rows.Where(x => x.RecordedAt >= since);
        if (Until is { } until) rows = rows.Where(x => x.RecordedAt <= until);
        if (!string.IsNullOrWhiteSpace(Person) && Person.Trim() is var person)
            rows = rows.Where(x => x.Person!.Contains(person, StringComparison.OrdinalIgnoreCase)
                                   || x.Organisation!.Contains(person, StringComparison.OrdinalIgnoreCase));
        return rows;
    }
}

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
        var ct = http.RequestAborted;
        var errors = new Dictionary<string, string[]>();
        var page = Paging.Read(offset, limit, errors);
        if (errors.Count > 0) return QueryFilters.Invalid(errors);
        var (selection, problem) = await Read(programmeId, type, from, to, asOf, session, ct);
        if (problem is not null) return problem;

        var rows = selection!.In(session);
        Paging.Counted(http, await rows.CountAsync(ct));
        var shown = await rows.OldestFirst().Skip(page.Offset).Take(page.Limit).ToListAsync(ct);
        await AuditSubjects.NameAsync(session, programmeId, shown, ct);
        return Results.Ok(shown);
    }

    /// <summary>
    /// The selection the API's filters ask for, or the problem (400 for a bad filter, 404 for an unknown programme).
    /// Shared with the exports.
    /// </summary>
    public static async Task<(AuditSelection? Selection, IResult? Problem)> Read(Guid programmeId, string? type, string? from, string? to, string? asOf,
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
        var upTo = moment is null ? until : until is null ? moment : Instant.Min(until.Value, moment.Value);
        return (new AuditSelection(programmeId, string.IsNullOrWhiteSpace(type) ? null : type, since, upTo), null);
    }

    /// <summary>
    /// Every selected row, oldest first, for the exports and the timeline that show them all; their subjects are named
    /// by the caller (<see cref="AuditSubjects.NameAsync"/>) for the rows it shows.
    /// </summary>
    public static async Task<IReadOnlyList<AuditEntry>> All(AuditSelection selection, IQuerySession session, CancellationToken ct) =>
        await selection.In(session).OldestFirst().ToListAsync(ct);

    /// <summary>The order of the trail: when each event was recorded, and within one moment by stream and version.</summary>
    public static IQueryable<AuditEntry> OldestFirst(this IQueryable<AuditEntry> rows) =>
        rows.OrderBy(x => x.RecordedAt).ThenBy(x => x.StreamId).ThenBy(x => x.Version);

    /// <summary>The same order turned round, as the pages show the trail: what happened last on top.</summary>
    public static IQueryable<AuditEntry> NewestFirst(this IQueryable<AuditEntry> rows) =>
        rows.OrderByDescending(x => x.RecordedAt).ThenByDescending(x => x.StreamId).ThenByDescending(x => x.Version);
}
