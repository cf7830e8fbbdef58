using Governance.Domain.Decisions;
using Governance.Domain.Programmes;
using Governance.Projections.Audit;
using Marten;
using NodaTime;

namespace Governance.Projections.Tests.Audit;

[Collection(nameof(StoreCollection))]
public class audit_trail_projection(StoreFixture fixture)
{
    [Fact]
    public async Task writes_one_row_per_event_of_every_stream_of_the_programme_with_who_and_which_request()
    {
        var programmeId = Guid.NewGuid();
        var decisionId = Guid.NewGuid();
        var at = Instant.FromUtc(2019, 3, 12, 14, 0);

        await using (var session = fixture.Store.LightweightSession())
        {
            session.LastModifiedBy = "Pieter de Vries";
            session.CorrelationId = "req-42";
            session.SetHeader(AuditTrailProjection.OrganisationHeader, "Ministerie van VWS");
            session.Events.StartStream(programmeId, new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen",
                "Ministerie van VWS", new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), at));
            session.Events.StartStream(decisionId, new DecisionLogged(decisionId, programmeId, "Regionale aanpak",
                "", [], "Subsidieregeling", "Landen in de regio", new DecisionMaker(null, null, "OGO"), null,
                new LocalDate(2019, 3, 11), [], "", null, DecisionStatus.Taken, new WooClassification(true, null), at));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var rows = await query.Query<AuditEntry>().Where(x => x.ProgrammeId == programmeId).ToListAsync();

        rows.Count.ShouldBe(2);
        rows.Select(r => r.Description).ShouldBe(["Programma geregistreerd", "Besluit vastgelegd"], ignoreOrder: true);
        rows.Single(r => r.EventType == "DecisionLogged").StreamId.ShouldBe(decisionId);
        rows.ShouldAllBe(r => r.Person == "Pieter de Vries" && r.Organisation == "Ministerie van VWS" && r.CorrelationId == "req-42");
    }

    [Fact]
    public void an_event_type_without_its_own_description_is_described_by_its_name()
    {
        EventDescriptions.Describe(new SomethingNewHappened()).ShouldBe("Something New Happened");
    }

    private sealed record SomethingNewHappened;
}
