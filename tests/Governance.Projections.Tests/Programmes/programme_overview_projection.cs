using Governance.Domain.Decisions;
using Governance.Domain.Programmes;
using Governance.Projections.Programmes;
using NodaTime;

namespace Governance.Projections.Tests.Programmes;

[Collection(nameof(StoreCollection))]
public class programme_overview_projection(StoreFixture fixture)
{
    [Fact]
    public async Task folds_the_programme_and_the_decisions_of_its_own_decision_streams()
    {
        var programmeId = Guid.NewGuid();
        var otherProgrammeId = Guid.NewGuid();
        var decisionId = Guid.NewGuid();
        var registeredAt = Instant.FromUtc(2018, 4, 1, 8, 0);

        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId, new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen",
                "Ministerie van VWS", new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), registeredAt));
            session.Events.StartStream(otherProgrammeId, new ProgrammeRegistered(otherProgrammeId, "Wvggz", "Wet invoeren",
                "Ministerie van VWS", new LocalDate(2016, 9, 1), new LocalDate(2020, 1, 1), registeredAt));
            session.Events.StartStream(decisionId, new DecisionLogged(decisionId, programmeId, "Regionale aanpak",
                "", [], "Subsidieregeling", "Landen in de regio", new DecisionMaker(null, null, "Opdrachtgeversoverleg"),
                null, new LocalDate(2019, 3, 11), [], "", null, DecisionStatus.Taken, new WooClassification(true, null),
                registeredAt.Plus(Duration.FromDays(300))));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var overview = await query.LoadAsync<ProgrammeOverview>(programmeId);
        overview.ShouldNotBeNull();
        overview.Name.ShouldBe("GHNT");
        overview.StartDate.ShouldBe(new LocalDate(2018, 4, 1));
        overview.Decisions.ShouldHaveSingleItem().DecisionId.ShouldBe(decisionId);

        var other = await query.LoadAsync<ProgrammeOverview>(otherProgrammeId);
        other.ShouldNotBeNull().Decisions.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_decision_summary_follows_the_decision_from_proposed_to_taken_to_withdrawn()
    {
        var programmeId = Guid.NewGuid();
        var decisionId = Guid.NewGuid();
        var at = Instant.FromUtc(2019, 3, 1, 9, 0);
        await Append(programmeId, new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen", "Ministerie van VWS",
            new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), at));
        await Append(decisionId, new DecisionLogged(decisionId, programmeId, "Subsidieregeling", "", [], "Regeling", "Regio",
            new DecisionMaker(null, null, "OGO"), null, new LocalDate(2019, 3, 1), [], "", null, DecisionStatus.Proposed,
            new WooClassification(true, null), at));

        (await Status(programmeId)).ShouldBe(DecisionStatus.Proposed);
        await Append(decisionId, new DecisionTaken(decisionId, programmeId, new LocalDate(2019, 3, 8), at));
        (await Status(programmeId)).ShouldBe(DecisionStatus.Taken);
        await Append(decisionId, new DecisionWithdrawn(decisionId, programmeId, "Vervangen door landelijk beleid", at));
        (await Status(programmeId)).ShouldBe(DecisionStatus.Withdrawn);
    }

    private async Task Append(Guid streamId, object e)
    {
        await using var session = fixture.Store.LightweightSession();
        session.Events.Append(streamId, e);
        await session.SaveChangesAsync();
    }

    private async Task<DecisionStatus> Status(Guid programmeId)
    {
        await using var query = fixture.Store.QuerySession();
        return (await query.LoadAsync<ProgrammeOverview>(programmeId))!.Decisions.Single().Status;
    }
}
