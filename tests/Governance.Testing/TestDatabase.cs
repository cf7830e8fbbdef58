using Npgsql;

namespace Governance.Testing;

/// <summary>
/// Each test project gets a database of its own on the server test.sh started, so projects that `dotnet test`
/// runs in parallel never see each other's data.
/// </summary>
public static class TestDatabase
{
    public static async Task<string> ConnectionStringFor(string database)
    {
        var server = Environment.GetEnvironmentVariable("ConnectionStrings__Governance");
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                "These tests need a real PostgreSQL: run them with ./test.sh, which starts one, or set ConnectionStrings__Governance.");

        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
            exists.Parameters.AddWithValue("name", database);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"create database \"{database}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }
}
