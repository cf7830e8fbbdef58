using Marten;

namespace Governance.Projections;

/// <summary>
/// How the daemon replays events when a projection is rebuilt (<c>projections rebuild</c>, the benchmark's figure d).
/// Only rebuilds and the one asynchronous projection read through these settings; inline projections, which run in
/// the append's own transaction, do not. How many projections are rebuilt at once is left to Marten's cap
/// (max(1, pool size / 8)), which `projections rebuild` uses: on the 2-core machine 4 and 12 at a time measured the same,
/// one at a time about a fifth slower.
/// </summary>
public static class RebuildOptions
{
    /// <summary>
    /// Events per page the daemon reads and projects at a time (Marten's default is 500). Each page is one read, one
    /// write batch (one COPY for the audit trail) and one progress update. Measured at 218k events, one projection at a
    /// time: 1,000 rebuilt in 36 s, 5,000 in 43 s (its pages read more slowly), 500 with the other settings off in 52 s.
    /// </summary>
    public const int PageSize = 1_000;

    /// <summary>
    /// During a rebuild, an aggregate (a decision, a programme's health facts) is kept in memory and written once when
    /// this many aggregates are waiting, instead of once per page it appears on.
    /// </summary>
    public const int FlushAfterAggregates = 10_000;

    public static StoreOptions ConfigureRebuilds(this StoreOptions opts)
    {
        // Rebuild pages whose writes are all inserts (the audit trail: one new row per event) go through COPY.
        opts.Projections.RebuildWithBulkCopy = true;
        foreach (var projection in opts.Projections.All)
        {
            projection.Options.BatchSize = PageSize;
            projection.Options.RebuildFlushThreshold = FlushAfterAggregates;
        }
        return opts;
    }
}
