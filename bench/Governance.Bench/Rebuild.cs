using System.Diagnostics;
using Marten;
using Npgsql;

namespace Governance.Bench;

public sealed record RebuildFigure(long Events, TimeSpan Rebuild, TimeSpan Floor, TimeSpan Ceiling, IReadOnlyList<(string Projection, TimeSpan Time)> PerProjection, long PeakResidentBytes, int Concurrency)
{
    public double RebuildPerSecond => Events / Rebuild.TotalSeconds;
    public double FloorPerSecond => Events / Floor.TotalSeconds;
    public double CeilingPerSecond => Events / Ceiling.TotalSeconds;
}

/// <summary>
/// Figure (d): every projection rebuilt by Marten's projection daemon (what `projections rebuild` does), one after
/// another, events per second over the total number of events; against the floor, a bare sequential read of the
/// event table (`select data from mt_events order by seq_id`) with Npgsql. Floor, rebuild, floor: the floor is the
/// mean of the two reads around the rebuild. Also the ceiling: every event read and deserialised once through Marten,
/// the part of any rebuild on this stack that no projection design can avoid (the faster of a read before and after).
/// </summary>
public sealed class Rebuild(IDocumentStore store, string connectionString, string schema, int concurrency)
{
    public async Task<RebuildFigure> RunAsync()
    {
        var events = await CountEventsAsync();
        var floorBefore = await ReadEventTableAsync();
        var ceiling = await ReadEventsThroughMartenAsync();

        ResetPeakMemory();
        var perProjection = new List<(string, TimeSpan)>();
        var total = Stopwatch.StartNew();
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.PrepareForRebuildsAsync();
        // As the host's `projections rebuild` does: several projections at once, up to the store's cap per database.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency };
        await Parallel.ForEachAsync(ProjectionNames(store), parallel, async (name, token) =>
        {
            var watch = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(name, TimeSpan.FromMinutes(60), token);
            lock (perProjection) perProjection.Add((name, watch.Elapsed));
        });
        var rebuild = total.Elapsed;
        var peak = HostProcess.StatusField(Environment.ProcessId, "VmHWM:");

        var floorAfter = await ReadEventTableAsync();
        // The ceiling is a best case, so the faster of its two reads: the first, right after loading, can be slowed
        // by the fresh table (no statistics yet), which would make the ceiling look lower than it is.
        var ceilingAfter = await ReadEventsThroughMartenAsync();
        return new RebuildFigure(events, rebuild, (floorBefore + floorAfter) / 2, ceiling < ceilingAfter ? ceiling : ceilingAfter, perProjection, peak, concurrency);
    }

    public static IReadOnlyList<string> ProjectionNames(IDocumentStore store) =>
        store.Options.Events.Projections().Select(p => p.Name).ToList();

    private async Task<long> CountEventsAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select count(*) from {schema}.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<TimeSpan> ReadEventTableAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand($"select data from {schema}.mt_events order by seq_id", connection);
        await ReadTimes.ReadAllAsync(command);
        return watch.Elapsed;
    }

    /// <summary>Events per page of the ceiling's read: the fastest of 500, 1,000, 5,000 and 10,000 in a focused check (218k events).</summary>
    private const int CeilingPage = 5_000;

    /// <summary>
    /// The ceiling: every event read once through Marten's own event query and deserialised into its .NET type
    /// (an <see cref="JasperFx.Events.IEvent"/> with its data), paged by sequence number. A rebuild must at least do this.
    /// </summary>
    private Task<TimeSpan> ReadEventsThroughMartenAsync() => ReadEventsThroughMartenAsync(CeilingPage);

    /// <summary>The ceiling's read with a given page size (a focused check compares sizes).</summary>
    public async Task<TimeSpan> ReadEventsThroughMartenAsync(int pageSize)
    {
        await using var session = store.QuerySession();
        var watch = Stopwatch.StartNew();
        long after = 0;
        while (true)
        {
            var page = await session.Events.QueryAllRawEvents()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(pageSize)
                .ToListAsync();
            if (page.Count == 0) break;
            after = page[^1].Sequence;
        }
        return watch.Elapsed;
    }

    /// <summary>Writing 5 to clear_refs resets the kernel's peak resident set (VmHWM), so the peak read after is the rebuild's own.</summary>
    private static void ResetPeakMemory()
    {
        try { File.WriteAllText($"/proc/{Environment.ProcessId}/clear_refs", "5"); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
