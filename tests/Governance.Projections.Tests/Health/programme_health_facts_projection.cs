using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Projections.Health;
using Marten;
using NodaTime;

namespace Governance.Projections.Tests.Health;

[Collection(nameof(StoreCollection))]
public class programme_health_facts_projection(StoreFixture fixture)
{
    private static readonly Instant T0 = Instant.FromUtc(2018, 4, 1, 8, 0);

    [Fact]
    public async Task folds_the_programme_decision_and_session_streams_keeping_each_events_id()
    {
        var programmeId = Guid.NewGuid();
        var decisionId = Guid.NewGuid();
        var sessionId = Guid.NewGuid();
        var partnerId = Guid.NewGuid();

        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId,
                new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen", "Ministerie van VWS", new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), T0),
                new PartnerJoined(programmeId, partnerId, "Ministerie van JenV", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2018, 4, 1), T0.Plus(Duration.FromHours(1))),
                new ProgrammeFormJustified(programmeId, "De ketens werken langs elkaar heen", "Taskforce voortzetten", T0.Plus(Duration.FromHours(2))));
            session.Events.StartStream(decisionId, new DecisionLogged(decisionId, programmeId, "Regionale aanpak", "", [], "Subsidieregeling",
                "Landen in de regio", new DecisionMaker(null, partnerId, "JenV"), null, new LocalDate(2018, 6, 1), [], "", null,
                DecisionStatus.Taken, new WooClassification(true, null), T0.Plus(Duration.FromDays(60))));
            session.Events.StartStream(sessionId, new ReflectionSessionHeld(sessionId, programmeId, new LocalDate(2018, 7, 1), ["VWS"],
                [ReflectionQuestion.ImpactOpDeOpgave], "Meer regio", null, T0.Plus(Duration.FromDays(91))));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var document = await query.LoadAsync<ProgrammeHealthFacts>(programmeId);
        document.ShouldNotBeNull();
        document.Name.ShouldBe("GHNT");
        document.OpdrachtgeverOrganisations.ShouldBe(["Ministerie van VWS", "Ministerie van JenV"]);

        var programmeEvents = await query.Events.FetchStreamAsync(programmeId);
        var decisionEvents = await query.Events.FetchStreamAsync(decisionId);
        var sessionEvents = await query.Events.FetchStreamAsync(sessionId);
        var facts = document.Facts;
        facts.Registration.ShouldNotBeNull().Source.EventId.ShouldBe(programmeEvents[0].Id);
        facts.PartnersJoined.ShouldHaveSingleItem().Source.EventId.ShouldBe(programmeEvents[1].Id);
        facts.FormJustifications.ShouldHaveSingleItem().Source.EventId.ShouldBe(programmeEvents[2].Id);
        facts.Decisions.ShouldHaveSingleItem().Source.EventId.ShouldBe(decisionEvents[0].Id);
        facts.Sessions.ShouldHaveSingleItem().Source.EventId.ShouldBe(sessionEvents[0].Id);

        // The stored facts evaluate exactly like the facts folded in memory from the same events.
        var inMemory = ProgrammeFacts.From(programmeId, programmeEvents.Concat(decisionEvents).Concat(sessionEvents)
            .OrderBy(e => ((IProgrammeEvent)e.Data).RecordedAt)
            .Select(e => (e.Id, (IProgrammeEvent)e.Data)));
        var moment = Instant.FromUtc(2018, 9, 1, 12, 0);
        Render(HealthEvaluation.Evaluate(facts, moment)).ShouldBe(Render(HealthEvaluation.Evaluate(inMemory, moment)));
    }

    [Fact]
    public async Task finds_programmes_by_an_opdrachtgever_that_joined_as_partner()
    {
        var programmeId = Guid.NewGuid();
        var organisation = $"Gemeente {Guid.NewGuid():N}";
        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId,
                new ProgrammeRegistered(programmeId, "Samen sterk", "Opgave", "Ministerie van BZK", new LocalDate(2020, 1, 1), new LocalDate(2022, 1, 1), T0),
                new PartnerJoined(programmeId, Guid.NewGuid(), organisation, Bestuurslaag.Gemeente, PartnerRole.Opdrachtgever, new LocalDate(2020, 1, 1), T0));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var key = ProgrammeHealthFacts.Key(organisation.ToUpperInvariant());
        var found = await query.Query<ProgrammeHealthFacts>().Where(x => x.OpdrachtgeverKeys.Contains(key)).ToListAsync();
        found.ShouldHaveSingleItem().Id.ShouldBe(programmeId);
    }

    [Fact]
    public async Task its_facts_version_is_the_last_event_folded_and_is_read_without_the_document()
    {
        var programmeId = Guid.NewGuid();
        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId,
                new ProgrammeRegistered(programmeId, "Samen sterk", "Opgave", "Ministerie van BZK", new LocalDate(2020, 1, 1), new LocalDate(2022, 1, 1), T0));
            await session.SaveChangesAsync();
        }
        var first = await VersionOf(programmeId);
        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.Append(programmeId, new OpgaveFormulated(programmeId, "Geweld stoppen", "Minder geweld", "Veilig thuis", "Kaders", "Ruimte", T0.Plus(Duration.FromDays(1))));
            await session.SaveChangesAsync();
        }
        var second = await VersionOf(programmeId);

        await using var query = fixture.Store.QuerySession();
        var events = await query.Events.FetchStreamAsync(programmeId);
        first.ShouldBe(events[0].Id);
        second.ShouldBe(events[1].Id);
        // The version has a column of its own: the query selects it and the id, never the (large) document.
        var sql = FactsVersions.Of(query, [programmeId]).ToCommand(Marten.Linq.FetchType.FetchMany).CommandText;
        sql.ShouldContain("facts_version");
        sql.ShouldNotContain("d.data");
    }

    private async Task<Guid> VersionOf(Guid programmeId)
    {
        await using var query = fixture.Store.QuerySession();
        return (await FactsVersions.Of(query, [programmeId]).ToListAsync()).ShouldHaveSingleItem().FactsVersion;
    }

    private static string Render(IReadOnlyList<IndicatorResult> results) => string.Join("\n", results.Select(r =>
        $"{r.Number}|{r.Status}|{r.Reason}|{string.Join(";", r.Evidence.Select(e => $"{e.Text}@{e.EventId}@{e.Date}"))}|{string.Join(";", r.Missing)}"));
}
