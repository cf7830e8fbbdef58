using System.Diagnostics;
using Governance.Domain.Common;
using NodaTime;
using Npgsql;

namespace Governance.Bench;

/// <summary>
/// Figures (b) and (c): read times through the host against a bare SQL read of the same data, alternating request
/// and floor so both see the same machine. Server time is the request's round trip on loopback, body read
/// completely (an upper bound on the server's own time; loopback adds well under a millisecond).
/// </summary>
/// <summary>(b)'s measurements: the live portfolio, the portfolio as of yesterday, the floor, and the host's first request.</summary>
public sealed record PortfolioTimes(Timings Now, Timings AsOf, Timings Floor)
{
    public TimeSpan FirstRequest { get; set; }
}

public sealed class ReadTimes(Api api, string connectionString, string schema)
{
    /// <summary>Characters of JSON the floors read: the 200 health-facts documents, and the large programme's events.</summary>
    public long PortfolioCharacters { get; private set; }
    public long LargeProgrammeCharacters { get; private set; }

    /// <summary>
    /// (b) The opdrachtgever's portfolio (all her programmes), now and as of yesterday, against selecting the same
    /// health-facts documents. "Now" is answered from the evaluations the host keeps while they hold (nothing changes
    /// during this phase); "as of yesterday" is evaluated in full on every request, as is the host's first request.
    /// </summary>
    public async Task<PortfolioTimes> PortfolioAsync(Guid opdrachtgever, IReadOnlyList<Guid> programmeIds, int iterations)
    {
        var times = new PortfolioTimes(new Timings(), new Timings(), new Timings());
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var yesterday = SystemClock.Instance.GetCurrentInstant().InZone(AmsterdamTime.Zone).Date.PlusDays(-1).ToString("yyyy-MM-dd", null);
        // The first request after the host started evaluates every programme: measured once, and it warms up (JIT).
        var first = Stopwatch.StartNew();
        await api.GetAsync(opdrachtgever, "/api/portfolio");
        times.FirstRequest = first.Elapsed;
        await api.GetAsync(opdrachtgever, $"/api/portfolio?asOf={yesterday}");
        PortfolioCharacters = await ReadDocumentsAsync(connection, programmeIds);
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await api.GetAsync(opdrachtgever, "/api/portfolio");
            times.Now.Add(watch.Elapsed);
            watch.Restart();
            await api.GetAsync(opdrachtgever, $"/api/portfolio?asOf={yesterday}");
            times.AsOf.Add(watch.Elapsed);
            watch.Restart();
            await ReadDocumentsAsync(connection, programmeIds);
            times.Floor.Add(watch.Elapsed);
        }
        return times;
    }

    private async Task<long> ReadDocumentsAsync(NpgsqlConnection connection, IReadOnlyList<Guid> ids)
    {
        await using var command = new NpgsqlCommand($"select data from {schema}.mt_doc_programmehealthfacts where id = any(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        return await ReadAllAsync(command);
    }

    /// <summary>(c) Health now and as of a date halfway, against reading that programme's raw events (all its streams).</summary>
    public async Task<(Timings Now, Timings AsOf, Timings Floor)> ProgrammeHealthAsync(Guid reader, GeneratedProgramme programme, int iterations)
    {
        var now = new Timings();
        var asOf = new Timings();
        var floor = new Timings();
        var date = programme.Middle.InZone(AmsterdamTime.Zone).Date.ToString("yyyy-MM-dd", null);
        var streamIds = programme.Streams.Select(s => s.Id).ToArray();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await api.GetAsync(reader, $"/api/programmes/{programme.Id}/health");
        await api.GetAsync(reader, $"/api/programmes/{programme.Id}/health?asOf={date}");
        LargeProgrammeCharacters = await ReadEventsAsync(connection, streamIds);
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await api.GetAsync(reader, $"/api/programmes/{programme.Id}/health");
            now.Add(watch.Elapsed);
            watch.Restart();
            await api.GetAsync(reader, $"/api/programmes/{programme.Id}/health?asOf={date}");
            asOf.Add(watch.Elapsed);
            watch.Restart();
            await ReadEventsAsync(connection, streamIds);
            floor.Add(watch.Elapsed);
        }
        return (now, asOf, floor);
    }

    private async Task<long> ReadEventsAsync(NpgsqlConnection connection, Guid[] streamIds)
    {
        await using var command = new NpgsqlCommand($"select data from {schema}.mt_events where stream_id = any(@ids) order by seq_id", connection);
        command.Parameters.AddWithValue("ids", streamIds);
        return await ReadAllAsync(command);
    }

    /// <summary>Reads every row's first column as text, so the floor transfers and decodes what a reader would.</summary>
    public static async Task<long> ReadAllAsync(NpgsqlCommand command)
    {
        long characters = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) characters += reader.GetString(0).Length;
        return characters;
    }
}
