using Governance.Domain.Common;
using Governance.Projections.Audit;
using Governance.Projections.Replay;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using NodaTime;

namespace Governance.Host.Infrastructure;

/// <summary>
/// "As it stood then" for read models built from several streams of one programme (the overview, bodies, resources,
/// tensions and care, members, indicator conversations). One mechanism for all of them: every event of the programme
/// — on whichever stream, found by the programme id each event carries — recorded up to the moment (the domain's
/// <see cref="IProgrammeEvent.RecordedAt"/>, as for single streams in <see cref="Moments"/>), replayed in the order
/// they were appended through the read model's own projection (<see cref="ProjectionReplay{TProjection,TDoc}"/>).
/// </summary>
public static class ProgrammeHistory
{
    /// <summary>
    /// The read model of <paramref name="programmeId"/>: the stored one when <paramref name="moment"/> is null, else
    /// the replayed one. <c>Existed</c> is false when the programme did not exist (yet) at that moment; a programme
    /// can exist without the document (e.g. no member or no conversation yet), which callers read as empty.
    /// </summary>
    public static async Task<(bool Existed, TDoc? Document)> ProgrammeAsOf<TProjection, TDoc>(this IQuerySession session, Guid programmeId, Instant? moment, CancellationToken ct)
        where TProjection : MultiStreamProjection<TDoc, Guid>, new()
        where TDoc : class
    {
        if (moment is not { } at)
        {
            var stored = await session.LoadAsync<TDoc>(programmeId, ct);
            return (stored is not null || await session.Events.FetchStreamStateAsync(programmeId, ct) is not null, stored);
        }
        var events = await session.ProgrammeEventsUpTo(programmeId, at, ct);
        // The programme stream starts with its registration: no event of it yet means no programme yet.
        if (!events.Any(e => e.StreamId == programmeId)) return (false, null);
        return (true, ProjectionReplay<TProjection, TDoc>.Instance.Fold(programmeId, events));
    }

    /// <summary>
    /// GET of one item a programme's read model keeps (a body, a meeting, a funding commitment: where a Location header
    /// points), now or as it stood at <paramref name="asOf"/>: 400 for an unreadable asOf, 404 for the programme when it
    /// did not exist then, else what <paramref name="answer"/> makes of the read model (null when it has none yet).
    /// </summary>
    public static async Task<IResult> ProgrammeItemAsOf<TProjection, TDoc>(this IQuerySession session, Guid programmeId, string? asOf,
        Func<TDoc?, IResult> answer, CancellationToken ct)
        where TProjection : MultiStreamProjection<TDoc, Guid>, new()
        where TDoc : class
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (existed, document) = await session.ProgrammeAsOf<TProjection, TDoc>(programmeId, moment, ct);
        return existed ? answer(document) : Problems.NotFound("Programma", programmeId);
    }

    /// <summary>
    /// Every event of the programme recorded up to <paramref name="moment"/>, in append order. The audit trail is the
    /// index of events by programme (one row per event, every stream), so it names the streams to read.
    /// </summary>
    public static async Task<IReadOnlyList<IEvent>> ProgrammeEventsUpTo(this IQuerySession session, Guid programmeId, Instant moment, CancellationToken ct)
    {
        var streams = await session.Query<AuditEntry>().Where(a => a.ProgrammeId == programmeId && a.RecordedAt <= moment)
            .Select(a => a.StreamId).Distinct().ToListAsync(ct);
        var events = new List<IEvent>();
        foreach (var streamId in streams)
        {
            var stream = await session.Events.FetchStreamAsync(streamId, token: ct);
            events.AddRange(stream.Where(e => e.Data is IProgrammeEvent recorded && recorded.ProgrammeId == programmeId && recorded.RecordedAt <= moment));
        }
        return events.OrderBy(e => e.Sequence).ToList();
    }
}
