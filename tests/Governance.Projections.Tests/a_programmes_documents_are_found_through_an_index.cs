using Governance.Projections.Audit;
using Governance.Projections.Decisions;
using Governance.Projections.Reflection;
using Marten;
using Marten.Linq;
using Governance.Domain.Decisions;
using Governance.Domain.Reflection;
using NodaTime;
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

    [Fact]
    public async Task the_portfolio_counts_due_decisions_and_finds_planned_sessions_without_opening_documents()
    {
        await using var session = fixture.Store.QuerySession();
        Guid[] programmes = [Guid.NewGuid(), Guid.NewGuid()];
        DecisionStatus[] reviewable = [DecisionStatus.Taken, DecisionStatus.Revised];
        var horizon = new LocalDate(2026, 12, 31);
        var due = session.Query<DecisionRecord>().Where(x => x.Status.IsOneOf(reviewable) && x.ProgrammeId.IsOneOf(programmes) && x.ReviewOn <= horizon);

        // The count: every condition is a column of one index, so no row needs to be read (an index-only scan).
        var count = await PlanOf(due, FetchType.Count);
        count.ShouldContain("Index Only Scan");
        // The list walks the review dates in order: the conditions are columns, never the document.
        var listed = await PlanOf(due.OrderBy(x => x.ReviewOn).Take(25));
        listed.ShouldContain("Index");
        listed.ShouldNotContain("data ->");
        // The portfolio counts up to a limit (PortfolioAttention.DecisionsCounted): it reads an indexed column of at
        // most that many rows, from the index alone, and stops there.
        var counted = await PlanOf(due.Select(x => x.ProgrammeId).Take(1001));
        counted.ShouldContain("Limit");
        counted.ShouldContain("Index Only Scan");
        counted.ShouldNotContain("data ->");
        var planned = await PlanOf(session.Query<ReflectionSessionView>().Where(x => x.Status == ReflectionSessionStatus.Scheduled && x.ProgrammeId.IsOneOf(programmes)));
        planned.ShouldContain("Index");
        planned.ShouldNotContain("data ->");
    }

    [Fact]
    public async Task a_count_up_to_a_limit_stops_at_the_limit()
    {
        var programme = Guid.NewGuid();
        await using (var write = fixture.Store.LightweightSession())
        {
            for (var i = 0; i < 3; i++)
                write.Store(new DecisionRecord { Id = Guid.NewGuid(), ProgrammeId = programme, Status = DecisionStatus.Taken, ReviewOn = new LocalDate(2026, 1, 1) });
            await write.SaveChangesAsync();
        }
        await using var session = fixture.Store.QuerySession();
        var due = session.Query<DecisionRecord>().Where(x => x.Status == DecisionStatus.Taken && x.ProgrammeId == programme);

        // As the portfolio counts (PortfolioAttention.DecisionsCounted): the limit applies to the rows read and counted.
        (await due.CountAsync()).ShouldBe(3);
        (await due.Select(x => x.ProgrammeId).Take(2).ToListAsync()).Count.ShouldBe(2);
        (await due.Select(x => x.ProgrammeId).Take(5).ToListAsync()).Count.ShouldBe(3);
    }

    [Fact]
    public async Task a_page_of_the_audit_trail_is_read_in_order_from_one_index_without_opening_documents()
    {
        await using var session = fixture.Store.QuerySession();
        var programme = Guid.NewGuid();
        var since = Instant.FromUtc(2020, 1, 1, 0, 0);
        var rows = session.Query<AuditEntry>().Where(x => x.ProgrammeId == programme && x.RecordedAt >= since);

        // Newest first, one page: the index is walked backwards, so no sort of the programme's thousands of rows.
        var page = await PlanOf(rows.OrderByDescending(x => x.RecordedAt).ThenByDescending(x => x.StreamId).ThenByDescending(x => x.Version).Take(50));
        page.ShouldContain("Index Scan Backward");
        page.ShouldNotContain("Sort");
        page.ShouldNotContain("data ->");
        (await PlanOf(rows, FetchType.Count)).ShouldContain("Index Only Scan");
        (await PlanOf(rows.Where(x => x.EventType == "DecisionLogged"))).ShouldNotContain("data ->");
    }

    [Fact]
    public async Task the_audit_rows_carry_one_index_besides_their_key_as_every_event_writes_one_row()
    {
        await fixture.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using var connection = fixture.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select indexdef from pg_indexes where schemaname = @schema and tablename = 'mt_doc_auditentry' order by indexname", connection);
        command.Parameters.AddWithValue("schema", fixture.Store.Options.DatabaseSchemaName);
        var indexes = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) indexes.Add(reader.GetString(0));

        indexes.Count.ShouldBe(2, string.Join("\n", indexes));
        indexes.ShouldContain(i => i.Contains("(programme_id, recorded_at, stream_id, version)"));
    }

    [Fact]
    public async Task the_database_matches_the_configured_columns_and_indexes_after_migration()
    {
        await fixture.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        // No difference left: a host that starts again finds nothing to change (no index dropped and rebuilt each start).
        await fixture.Store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }

    private async Task<string> PlanOf<T>(IQueryable<T> query, FetchType fetch = FetchType.FetchMany) where T : notnull
    {
        await fixture.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var command = query.ToCommand(fetch);
        // The store's own connection: it writes NodaTime parameters (a review date) as the host does.
        await using var connection = fixture.Store.Storage.Database.CreateConnection();
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
