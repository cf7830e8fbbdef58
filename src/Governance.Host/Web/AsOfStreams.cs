using Governance.Domain.Common;
using JasperFx.Events;
using Marten;
using NodaTime;

namespace Governance.Host.Web;

/// <summary>
/// "As it stood then" for the pages: a stream's events up to a moment, by the moment the domain recorded each
/// (<see cref="IProgrammeEvent.RecordedAt"/>, the same time the health evaluation and the audit trail use), and a
/// single-stream read model folded from exactly those events by Marten's own projection.
/// </summary>
public static class AsOfStreams
{
    public static async Task<IReadOnlyList<IEvent>> EventsUpTo(this IQuerySession session, Guid streamId, Instant moment, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: ct);
        // A stream is appended in time order: its state then is a prefix of it.
        return events.TakeWhile(e => e.Data is not IProgrammeEvent recorded || recorded.RecordedAt <= moment).ToList();
    }

    /// <summary>The read model of one stream as of a moment; null when the stream had no event yet.</summary>
    public static async Task<T?> ReadModelAsOf<T>(this IQuerySession session, Guid streamId, Instant moment, CancellationToken ct) where T : class
    {
        var events = await session.EventsUpTo(streamId, moment, ct);
        if (events.Count == 0) return null;
        return await session.Events.AggregateStreamAsync<T>(streamId, version: events[^1].Version, token: ct);
    }
}
