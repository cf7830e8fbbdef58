using System.Diagnostics;
using Governance.Projections;
using JasperFx;
using Marten;
using Npgsql;

namespace Governance.Bench;

/// <summary>
/// A focused experiment, not a figure: every projection put into one Marten composite projection, so a rebuild
/// reads the events once and feeds each page to all projections, against the rebuild one projection at a time.
/// Composites only run asynchronously, so this store is for the experiment alone; the read models it makes are
/// compared with those of the ordinary rebuild, table by table.
/// </summary>
public static class SinglePassExperiment
{
    public const string Name = "AllReadModels";

    public static async Task RunAsync(string connectionString, string schema)
    {
        var before = await ReadModelHashesAsync(connectionString, schema);
        using var store = DocumentStore.For(opts =>
        {
            opts.ConfigureGovernance(connectionString, schema);
            opts.AutoCreateSchemaObjects = AutoCreate.None;
            var sources = opts.Projections.All.ToList();
            opts.Projections.All.Clear();
            opts.Projections.CompositeProjectionFor(Name, composite =>
            {
                foreach (var source in sources) composite.Add(source);
                composite.Options.BatchSize = RebuildOptions.PageSize;
            });
        });
        using var daemon = await store.BuildProjectionDaemonAsync();
        var watch = Stopwatch.StartNew();
        await daemon.RebuildProjectionAsync(Name, TimeSpan.FromMinutes(60), CancellationToken.None);
        Console.WriteLine($"(d) single pass (one composite of every projection): rebuild {watch.Elapsed.TotalSeconds:0.0} s");
        var after = await ReadModelHashesAsync(connectionString, schema);
        foreach (var (table, hash) in before)
            Console.WriteLine($"  {table}: {(after.GetValueOrDefault(table) == hash ? "equal" : $"DIFFERENT ({before[table].Rows} vs {after.GetValueOrDefault(table).Rows} rows)")}");
    }

    private static async Task<Dictionary<string, (long Rows, string Hash)>> ReadModelHashesAsync(string connectionString, string schema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand($"select table_name from information_schema.tables where table_schema = '{schema}' and table_name like 'mt_doc_%' order by 1", connection))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var hashes = new Dictionary<string, (long, string)>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"select count(*), coalesce(md5(string_agg(id::text || data::text, '|' order by id::text)), '') from {schema}.{table}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            hashes[table] = (reader.GetInt64(0), reader.GetString(1));
        }
        return hashes;
    }
}
