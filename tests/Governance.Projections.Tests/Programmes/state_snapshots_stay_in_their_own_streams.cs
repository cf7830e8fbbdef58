using Governance.Domain.Decisions;
using Governance.Domain.Programmes;
using Governance.Testing;
using Marten;
using NodaTime;

namespace Governance.Projections.Tests.Programmes;

/// <summary>
/// The inline state snapshots (programme, decision) exist only for streams of their own kind: a decision stream
/// never gets a programme snapshot, also not from a store that sees its first events concurrently.
/// </summary>
// In the store collection: its fixture creates the project's database first, and the tests of one database run in turn.
[Collection(nameof(StoreCollection))]
public class state_snapshots_stay_in_their_own_streams
{
    [Fact]
    public async Task a_fresh_store_writing_decisions_concurrently_makes_no_empty_programme_or_decision_snapshots()
    {
        var connectionString = await TestDatabase.ConnectionStringFor("governance_projections_tests");
        using var store = DocumentStore.For(o => o.ConfigureGovernance(connectionString, "snapshot_probe"));
        await store.Advanced.Clean.CompletelyRemoveAllAsync();

        var programmeId = Guid.NewGuid();
        var at = Instant.FromUtc(2019, 3, 12, 14, 0);
        await using (var session = store.LightweightSession())
        {
            session.Events.StartStream(programmeId, new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen",
                "Ministerie van VWS", new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), at));
            await session.SaveChangesAsync();
        }

        var decisionIds = Enumerable.Range(0, 16).Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(decisionIds.Select(async decisionId =>
        {
            await using var session = store.LightweightSession();
            session.Events.StartStream(decisionId, new DecisionLogged(decisionId, programmeId, "Regionale aanpak", "", [],
                "Subsidieregeling", "Landen in de regio", new DecisionMaker(null, null, "OGO"), null,
                new LocalDate(2019, 3, 11), [], "", null, DecisionStatus.Taken, new WooClassification(true, null), at));
            await session.SaveChangesAsync();
        }));

        await using var query = store.QuerySession();
        (await query.LoadManyAsync<Programme>(decisionIds)).ShouldBeEmpty();
        (await query.LoadManyAsync<Decision>([programmeId])).ShouldBeEmpty();
        (await query.LoadManyAsync<Decision>(decisionIds)).Count.ShouldBe(decisionIds.Count);
    }
}
