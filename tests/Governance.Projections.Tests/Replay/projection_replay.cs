using System.Text.Json;
using Governance.Domain.Bodies;
using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Projections.Bodies;
using Governance.Projections.Programmes;
using Governance.Projections.Replay;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Governance.Projections.Tests.Replay;

/// <summary>
/// The in-memory replay that answers "as of" for multi-stream read models runs the projection's own code: fed all
/// events it equals the stored document, fed a prefix it is the document as it stood then.
/// </summary>
[Collection(nameof(StoreCollection))]
public class projection_replay(StoreFixture fixture)
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    [Fact]
    public async Task fed_every_event_of_the_programme_it_equals_the_stored_document_and_fed_a_prefix_it_lacks_what_came_later()
    {
        var programmeId = Guid.NewGuid();
        var partnerId = Guid.NewGuid();
        var decisionId = Guid.NewGuid();
        var at = Instant.FromUtc(2019, 3, 1, 9, 0);
        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId,
                new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen", "Ministerie van VWS", new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), at),
                new PartnerJoined(programmeId, partnerId, "VNG", Bestuurslaag.Koepel, PartnerRole.Ketenpartner, new LocalDate(2019, 3, 1), at));
            await session.SaveChangesAsync();
        }
        await using (var session = fixture.Store.LightweightSession())
        {
            var bodyId = Guid.NewGuid();
            session.Events.Append(programmeId,
                new GovernanceBodyEstablished(programmeId, bodyId, "Stuurgroep", BodyKind.Stuurgroep, "Sturen", 4, [], at.Plus(Duration.FromDays(1))),
                new BodyMemberAdded(programmeId, bodyId, partnerId, at.Plus(Duration.FromDays(1))));
            session.Events.StartStream(decisionId, new DecisionLogged(decisionId, programmeId, "Regionale aanpak", "", [], "Regeling", "Regio",
                new DecisionMaker(null, null, "Stuurgroep"), null, new LocalDate(2019, 3, 2), [], "", null, DecisionStatus.Taken,
                new WooClassification(true, null), at.Plus(Duration.FromDays(1))));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var events = (await query.Events.FetchStreamAsync(programmeId)).Concat(await query.Events.FetchStreamAsync(decisionId))
            .OrderBy(e => e.Sequence).ToList();
        var firstDay = events.Where(e => e.Data is Domain.Common.IProgrammeEvent p && p.RecordedAt <= at).ToList();

        var overview = ProjectionReplay<ProgrammeOverviewProjection, ProgrammeOverview>.Instance.Fold(programmeId, events);
        Serialized(overview).ShouldBe(Serialized(await query.LoadAsync<ProgrammeOverview>(programmeId)));
        ProjectionReplay<ProgrammeOverviewProjection, ProgrammeOverview>.Instance.Fold(programmeId, firstDay)!.Decisions.ShouldBeEmpty();

        var bodies = ProjectionReplay<GovernanceBodiesProjection, GovernanceBodies>.Instance.Fold(programmeId, events);
        Serialized(bodies).ShouldBe(Serialized(await query.LoadAsync<GovernanceBodies>(programmeId)));
        bodies!.Bodies.ShouldHaveSingleItem().Members.ShouldHaveSingleItem().OrganisationName.ShouldBe("VNG");
        ProjectionReplay<GovernanceBodiesProjection, GovernanceBodies>.Instance.Fold(programmeId, firstDay)!.Bodies.ShouldBeEmpty();

        // Only events the projection reads can create its document: a decision alone does not make a bodies document.
        ProjectionReplay<GovernanceBodiesProjection, GovernanceBodies>.Instance.Fold(programmeId, events.Where(e => e.StreamId == decisionId)).ShouldBeNull();
    }

    private static string Serialized(object? document) => JsonSerializer.Serialize(document, Json);
}
