using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Audit;
using Governance.Projections.Programmes;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Audit;

public static class GetAuditTrail
{
    /// <summary>
    /// Every event of a programme, oldest first: when, what, who and in which request. Optional filters: the event
    /// type and a period (dates or ISO instants) on the moment it was recorded.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/audit", OperationId = "getAuditTrail")]
    [Tags("Audittrail")]
    [RequiresRight(Right.ReadProgramme)]
    [ProducesResponseType<IReadOnlyList<AuditEntry>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid programmeId, string? type, string? from, string? to, IQuerySession session, CancellationToken ct)
    {
        if (!Moments.TryRead(from, "from", Moments.Boundary.StartOfDay, out var since, out var problem)) return problem!;
        if (!Moments.TryRead(to, "to", Moments.Boundary.EndOfDay, out var until, out problem)) return problem!;

        if (await session.LoadAsync<ProgrammeOverview>(programmeId, ct) is null)
            return Problems.NotFound("Programma", programmeId);

        return Results.Ok(await Trail(programmeId, type, since, until, session, ct));
    }

    /// <summary>The trail as the API and the audit page show it.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> Trail(Guid programmeId, string? type, NodaTime.Instant? since, NodaTime.Instant? until, IQuerySession session, CancellationToken ct)
    {
        // NodaTime members are not translated to SQL here (no Marten NodaTime plugin): select by programme, then
        // filter the period in memory. A programme has thousands of events at most.
        var entries = await session.Query<AuditEntry>().Where(x => x.ProgrammeId == programmeId).ToListAsync(ct);
        var trail = entries
            .Where(x => type is null || x.EventType == type)
            .Where(x => since is null || x.RecordedAt >= since)
            .Where(x => until is null || x.RecordedAt <= until)
            .OrderBy(x => x.RecordedAt).ThenBy(x => x.StreamId).ThenBy(x => x.Version)
            .ToList();
        return trail;
    }
}
