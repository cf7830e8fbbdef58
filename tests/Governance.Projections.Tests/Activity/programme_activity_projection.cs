using Governance.Domain.Decisions;
using Governance.Domain.Programmes;
using Governance.Projections.Activity;
using Marten;
using Marten.Events;
using NodaTime;

namespace Governance.Projections.Tests.Activity;

[Collection(nameof(StoreCollection))]
public class programme_activity_projection(StoreFixture fixture)
{
    private static readonly Instant March2019 = Instant.FromUtc(2019, 3, 12, 14, 0);
    // 31 March 23:30 UTC is already April in Amsterdam: months are counted as people there see them.
    private static readonly Instant LateMarchUtc = Instant.FromUtc(2019, 3, 31, 23, 30);

    [Fact]
    public async Task the_async_daemon_counts_every_event_of_every_stream_of_the_programme_per_month_and_kind_once()
    {
        var programmeId = Guid.NewGuid();
        var decisionId = Guid.NewGuid();
        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId, new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen",
                "Ministerie van VWS", new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), March2019));
            session.Events.StartStream(decisionId, Decision(decisionId, programmeId, March2019));
            await session.SaveChangesAsync();
        }
        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.Append(programmeId, new ProgrammePhaseChanged(programmeId, ProgrammePhase.Uitvoering, new LocalDate(2019, 4, 1), "Plan vastgesteld", LateMarchUtc));
            await session.SaveChangesAsync();
        }

        using var daemon = await fixture.Store.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
        await fixture.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        var activity = await Load(programmeId);
        activity.EventCount.ShouldBe(3);
        activity.LastActivityAt.ShouldBe(LateMarchUtc);
        activity.LastEventType.ShouldBe(nameof(ProgrammePhaseChanged));
        activity.Months.ShouldBe([
            new MonthlyActivity("2019-03", "Programmes", 1),
            new MonthlyActivity("2019-03", "Decisions", 1),
            new MonthlyActivity("2019-04", "Programmes", 1),
        ]);

        // A rebuild from the events gives the same document: nothing was counted twice while running.
        await daemon.StopAllAsync();
        await daemon.RebuildProjectionAsync<ProgrammeActivityProjection>(CancellationToken.None);
        var rebuilt = await Load(programmeId);
        rebuilt.EventCount.ShouldBe(activity.EventCount);
        rebuilt.Months.ShouldBe(activity.Months);
    }

    [Fact]
    public void an_events_kind_is_the_domain_capability_it_belongs_to()
    {
        ProgrammeActivityProjection.KindOf(typeof(DecisionLogged)).ShouldBe("Decisions");
        ProgrammeActivityProjection.KindOf(typeof(ProgrammeRegistered)).ShouldBe("Programmes");
    }

    private async Task<ProgrammeActivity> Load(Guid programmeId)
    {
        await using var query = fixture.Store.QuerySession();
        return (await query.LoadAsync<ProgrammeActivity>(programmeId)).ShouldNotBeNull();
    }

    private static DecisionLogged Decision(Guid decisionId, Guid programmeId, Instant at) =>
        new(decisionId, programmeId, "Regionale aanpak", "", [], "Subsidieregeling", "Landen in de regio",
            new DecisionMaker(null, null, "OGO"), null, new LocalDate(2019, 3, 11), [], "", null, DecisionStatus.Taken,
            new WooClassification(true, null), at);
}
