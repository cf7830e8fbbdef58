using System.Diagnostics;
using Marten;
using Npgsql;

namespace Governance.Bench;

public sealed record RebuildFigure(long Events, TimeSpan Rebuild, TimeSpan Floor, IReadOnlyList<(string Projection, TimeSpan Time)> PerProjection, long PeakResidentBytes)
{
    public double RebuildPerSecond => Events / Rebuild.TotalSeconds;
    public double FloorPerSecond => Events / Floor.TotalSeconds;
}

/// <summary>
/// Figure (d): every projection rebuilt by Marten's projection daemon (what `projections rebuild` does), one after
/// another, events per second over the total number of events; against the floor, a bare sequential read of the
/// event table (`select data from mt_events order by seq_id`) with Npgsql. Floor, rebuild, floor: the floor is the
/// mean of the two reads around the rebuild.
/// </summary>
public sealed class Rebuild(IDocumentStore store, string connectionString, string schema)
{
    public async Task<RebuildFigure> RunAsync()
    {
        var events = await CountEventsAsync();
        var floorBefore = await ReadEventTableAsync();

        ResetPeakMemory();
        var perProjection = new List<(string, TimeSpan)>();
        var total = Stopwatch.StartNew();
        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var name in ProjectionNames(store))
        {
            var watch = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(name, TimeSpan.FromMinutes(60), CancellationToken.None);
            perProjection.Add((name, watch.Elapsed));
        }
        var rebuild = total.Elapsed;
        var peak = HostProcess.StatusField(Environment.ProcessId, "VmHWM:");

        var floorAfter = await ReadEventTableAsync();
        return new RebuildFigure(events, rebuild, (floorBefore + floorAfter) / 2, perProjection, peak);
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

    /// <summary>Writing 5 to clear_refs resets the kernel's peak resident set (VmHWM), so the peak read after is the rebuild's own.</summary>
    private static void ResetPeakMemory()
    {
        try { File.WriteAllText($"/proc/{Environment.ProcessId}/clear_refs", "5"); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
