using Governance.Domain.Common;
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
        rows.Select(r => r.Description).ShouldBe(["Programma geregistreerd: GHNT", "Besluit vastgelegd"], ignoreOrder: true);
        rows.Select(r => r.Kind).ShouldBe(["Programma geregistreerd", "Besluit vastgelegd"], ignoreOrder: true);
        var decision = rows.Single(r => r.EventType == "DecisionLogged");
        decision.StreamId.ShouldBe(decisionId);
        decision.DecisionId.ShouldBe(decisionId);
        rows.ShouldAllBe(r => r.Person == "Pieter de Vries" && r.Organisation == "Ministerie van VWS" && r.CorrelationId == "req-42");
    }

    [Fact]
    public void an_event_type_without_its_own_description_is_described_by_its_name()
    {
        EventDescriptions.Describe(new SomethingNewHappened()).Text.ShouldBe("Something New Happened");
        EventDescriptions.Describes(typeof(SomethingNewHappened)).ShouldBeFalse();
    }

    [Fact]
    public void every_event_of_the_domain_has_a_dutch_description_of_its_own()
    {
        // Every event a programme's audit trail can show: the domain's types that say which programme they belong to.
        var eventTypes = typeof(IProgrammeEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IProgrammeEvent).IsAssignableFrom(t)).ToList();
        eventTypes.Count.ShouldBeGreaterThan(40);
        eventTypes.Where(t => !EventDescriptions.Describes(t)).Select(t => t.Name).ShouldBeEmpty(
            "add a Dutch description to EventDescriptions for each of these");
    }

    [Fact]
    public void a_description_says_what_with_the_detail_the_event_carries_and_what_it_is_about()
    {
        var decisionId = Guid.NewGuid();
        var partnerId = Guid.NewGuid();
        var position = EventDescriptions.Describe(new PartnerPositionRecorded(decisionId, Guid.NewGuid(), partnerId,
            PartnerPosition.Dissents, "Geen capaciteit", Instant.FromUtc(2019, 3, 12, 14, 0)));
        position.Text.ShouldBe("Standpunt over een besluit vastgelegd: wijkt af");
        position.DecisionId.ShouldBe(decisionId);
        position.PartnerId.ShouldBe(partnerId);

        var withdrawn = EventDescriptions.Describe(new DecisionWithdrawn(decisionId, Guid.NewGuid(), "Achterhaald door de wet", Instant.FromUtc(2019, 3, 12, 14, 0)));
        withdrawn.Text.ShouldBe("Besluit ingetrokken: Achterhaald door de wet");
        withdrawn.Kind.ShouldBe("Besluit ingetrokken");
    }

    private sealed record SomethingNewHappened;
}
