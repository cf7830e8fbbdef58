using Governance.Projections.Audit;
using Governance.Projections.Decisions;
using Governance.Projections.Reflection;
using Marten;
using Marten.Linq;
using Npgsql;

namespace Governance.Projections.Tests;

/// <summary>
/// Decisions, sessions and audit rows are many per programme and are read per programme (the decision log, the
/// agenda, the audit trail, the portfolio page): PostgreSQL must be able to find them through an index on the
/// programme instead of reading the whole table. Sequential scans are switched off for the plan, so the plan names an
/// index exactly when one matches the query Marten generates.
/// </summary>
[Collection(nameof(StoreCollection))]
public class a_programmes_documents_are_found_through_an_index(StoreFixture fixture)
{
    [Fact]
    public async Task decisions_sessions_and_audit_rows_by_programme()
    {
        await using var session = fixture.Store.QuerySession();
        Guid[] programmes = [Guid.NewGuid(), Guid.NewGuid()];
        (await PlanOf(session.Query<DecisionRecord>().Where(x => x.ProgrammeId.IsOneOf(programmes)))).ShouldContain("Index");
        (await PlanOf(session.Query<ReflectionSessionView>().Where(x => x.ProgrammeId.IsOneOf(programmes)))).ShouldContain("Index");
        (await PlanOf(session.Query<AuditEntry>().Where(x => x.ProgrammeId == programmes[0]))).ShouldContain("Index");
    }

    private async Task<string> PlanOf<T>(IQueryable<T> query) where T : notnull
    {
        await fixture.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var command = query.ToCommand(FetchType.FetchMany);
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var off = new NpgsqlCommand("set local enable_seqscan = off", connection, transaction)) await off.ExecuteNonQueryAsync();
        command.Connection = connection;
        command.Transaction = transaction;
        command.CommandText = "explain " + command.CommandText;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join("\n", lines);
    }
}
