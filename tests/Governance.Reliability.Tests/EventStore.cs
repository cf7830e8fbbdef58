using Governance.Testing;
using Npgsql;

namespace Governance.Reliability.Tests;

/// <summary>
/// Direct reads of one schema of the test database: what is really stored, independent of the host under test.
/// </summary>
public sealed class EventStore(string connectionString, string schema)
{
    public string ConnectionString { get; } = connectionString;
    public string Schema { get; } = schema;

    /// <summary>A fresh, empty schema on this project's own database: every test starts from nothing.</summary>
    public static async Task<EventStore> Fresh(string schema)
    {
        var connectionString = await TestDatabase.ConnectionStringFor("governance_reliability_tests");
        var store = new EventStore(connectionString, schema);
        await store.Execute($"drop schema if exists \"{schema}\" cascade");
        return store;
    }

    public async Task Execute(string sql)
    {
        await using var connection = await Open();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<List<T>> Query<T>(string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Open();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }

    public async Task<T?> Scalar<T>(string sql, params (string Name, object Value)[] parameters)
    {
        var rows = await Query(sql, r => r.IsDBNull(0) ? default : r.GetFieldValue<T>(0), parameters);
        return rows.FirstOrDefault();
    }

    private async Task<NpgsqlConnection> Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private string T(string table) => $"\"{Schema}\".{table}";

    /// <summary>Ids of the streams in the store (a decision's stream id is the decision id).</summary>
    public async Task<HashSet<Guid>> StreamIds() =>
        (await Query($"select id from {T("mt_streams")}", r => r.GetGuid(0))).ToHashSet();

    /// <summary>The value of one member of every stored event of a type, e.g. the tension id of every TensionRaised.</summary>
    public async Task<HashSet<Guid>> EventMember(string eventTypeAlias, string member) =>
        (await Query($"select (data->>'{member}')::uuid from {T("mt_events")} where type = @type",
            r => r.GetGuid(0), ("type", eventTypeAlias))).ToHashSet();

    /// <summary>Events per programme as stored: every programme event carries its ProgrammeId.</summary>
    public async Task<Dictionary<Guid, long>> EventsPerProgramme() =>
        (await Query($"select (data->>'ProgrammeId')::uuid, count(*) from {T("mt_events")} where data ? 'ProgrammeId' group by 1",
            r => (Id: r.GetGuid(0), Count: r.GetInt64(1)))).ToDictionary(x => x.Id, x => x.Count);

    /// <summary>The activity read model's event count per programme (the asynchronous projection).</summary>
    public async Task<Dictionary<Guid, long>> ActivityCounts() =>
        (await Query($"select id, (data->>'EventCount')::bigint from {T("mt_doc_programmeactivity")}",
            r => (Id: r.GetGuid(0), Count: r.GetInt64(1)))).ToDictionary(x => x.Id, x => x.Count);

    public async Task<long> HighestSequence() =>
        await Scalar<long>($"select coalesce(max(seq_id), 0) from {T("mt_events")}");

    /// <summary>How far the asynchronous activity projection has got (0 before it first ran).</summary>
    public async Task<long> ActivityProgress() =>
        await Scalar<long>($"select coalesce(max(last_seq_id), 0) from {T("mt_event_progression")} where name like 'ProgrammeActivity%'");

    /// <summary>Which Wolverine node the leader assigned the activity projection's agent to, if any.</summary>
    public async Task<Guid?> ActivityProjectionNode()
    {
        var nodes = await Query($"select node_id from {T("wolverine_node_assignments")} where id like 'event-subscriptions://%/programmeactivity/%'",
            r => r.GetGuid(0));
        return nodes.Count == 0 ? null : nodes.Single();
    }

    /// <summary>Waits until the asynchronous projection has processed every event in the store.</summary>
    public async Task WaitForActivityCaughtUp(TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var high = await HighestSequence();
            var progress = await ActivityProgress();
            if (high > 0 && progress >= high) return;
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"The activity projection is at {progress} of {high} after {timeout}");
            await Task.Delay(250);
        }
    }

    /// <summary>
    /// Every read model document (all mt_doc_ tables), as (table, id) → JSON, to compare a running store with a
    /// rebuild. Marten's bookkeeping columns (version, last modified) are left out: a rebuild rewrites them.
    /// </summary>
    public async Task<SortedDictionary<string, string>> ReadModels()
    {
        var tables = await Query("select table_name from information_schema.tables where table_schema = @schema and table_name like 'mt_doc_%' order by 1",
            r => r.GetString(0), ("schema", Schema));
        var documents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
            foreach (var (id, data) in await Query($"select id::text, data::text from {T(table)}", r => (r.GetString(0), r.GetString(1))))
                documents[$"{table}/{id}"] = data;
        return documents;
    }
}
