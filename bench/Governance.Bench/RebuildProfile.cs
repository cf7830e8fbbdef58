using System.Collections.Concurrent;
using System.Diagnostics;

namespace Governance.Bench;

/// <summary>
/// Where a rebuild's time goes, per projection, from the spans Marten's daemon and Npgsql already emit: loading a page
/// of events (read and deserialise), grouping it (slicing by document id) and executing it (projection code, loading
/// prior documents and writing), and within those the time spent waiting on PostgreSQL commands. The daemon loads the
/// next page while it executes the current one, so the sections overlap and do not add up to the wall time.
/// </summary>
public sealed class RebuildProfile : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentDictionary<(string Projection, string Section), long> _ticks = new();

    public RebuildProfile()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Marten" or "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    private void Record(Activity activity)
    {
        var database = activity.Source.Name == "Npgsql";
        for (var span = activity; span is not null; span = span.Parent)
        {
            // Daemon spans are named marten.<projection>.<shard>.page.<section>.
            var name = span.OperationName;
            var page = name.IndexOf(".page.", StringComparison.Ordinal);
            if (page < 0) continue;
            var projection = name[..page];
            var section = name[(page + ".page.".Length)..];
            _ticks.AddOrUpdate((projection, database ? section + " (database)" : section), activity.Duration.Ticks, (_, t) => t + activity.Duration.Ticks);
            return;
        }
    }

    public IEnumerable<string> Lines() =>
        _ticks.GroupBy(x => x.Key.Projection)
            .OrderByDescending(g => g.Sum(x => x.Value))
            .Select(g => $"{g.Key}: " + string.Join(", ", g.OrderBy(x => x.Key.Section).Select(x => $"{x.Key.Section} {TimeSpan.FromTicks(x.Value).TotalSeconds:0.00} s")));

    public void Dispose() => _listener.Dispose();
}
