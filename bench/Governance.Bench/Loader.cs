using System.Diagnostics;
using Marten;

namespace Governance.Bench;

/// <summary>
/// Appends generated histories directly with Marten, one programme per unit of work, a few programmes at a time.
/// The store is configured by GovernanceStore.ConfigureGovernance, so the inline projections run with every append
/// and every read model is current afterwards — no rebuild is needed before the HTTP figures.
/// </summary>
public sealed class Loader(IDocumentStore store)
{
    private readonly Stopwatch _running = new();
    private TimeSpan _loaded;

    public long EventsAppended { get; private set; }

    /// <summary>Time spent loading programmes so far, including a load still under way.</summary>
    public TimeSpan Elapsed => _loaded + _running.Elapsed;

    public async Task AppendAsync(IEnumerable<GeneratedStream> streams)
    {
        await using var session = store.LightweightSession();
        var count = 0;
        foreach (var stream in streams)
        {
            session.Events.StartStream(stream.Id, stream.Events);
            count += stream.Events.Count;
        }
        await session.SaveChangesAsync();
        lock (this) EventsAppended += count;
    }

    /// <summary>Appends in one unit of work, counted in <see cref="Elapsed"/>.</summary>
    public async Task AppendTimedAsync(IEnumerable<GeneratedStream> streams)
    {
        _running.Restart();
        await AppendAsync(streams);
        _loaded += _running.Elapsed;
        _running.Reset();
    }

    /// <summary>Generates and appends programmes <paramref name="from"/>..<paramref name="to"/> (exclusive), in parallel.</summary>
    public async Task<List<GeneratedProgramme>> LoadProgrammesAsync(int from, int to, int eventsPerProgramme, Cast cast, Action<int> progress)
    {
        _running.Restart();
        var loaded = new GeneratedProgramme[to - from];
        var done = 0;
        // Three appenders keep both cores and PostgreSQL busy without one programme's unit of work waiting on another's.
        await Parallel.ForEachAsync(Enumerable.Range(from, to - from), new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (index, _) =>
        {
            var programme = DataSet.Programme(index, eventsPerProgramme, cast, inOpdrachtgeverPortfolio: index < 200);
            await AppendAsync(programme.Streams);
            // The streams are appended: keep only what the measurements need, not a million events in memory.
            loaded[index - from] = programme with { Streams = programme.Streams.Select(s => new GeneratedStream(s.Id, [])).ToList() };
            var n = Interlocked.Increment(ref done);
            if (n % 50 == 0) progress(n);
        });
        _loaded += _running.Elapsed;
        _running.Reset();
        return [.. loaded];
    }
}
