using Governance.Domain.Decisions;
using Governance.Projections.Decisions;
using NodaTime;

namespace Governance.Projections.Tests.Decisions;

[Collection(nameof(StoreCollection))]
public class decision_record_projection(StoreFixture fixture)
{
    private static readonly Instant At = Instant.FromUtc(2019, 3, 11, 10, 0);

    [Fact]
    public async Task folds_a_decision_stream_into_its_record_with_current_positions_and_full_history()
    {
        var programmeId = Guid.NewGuid();
        var decisionId = Guid.NewGuid();
        var laterId = Guid.NewGuid();
        var vng = Guid.NewGuid();

        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(decisionId,
                new DecisionLogged(decisionId, programmeId, "Regionale aanpak", "", [new DecisionOption("Subsidieregeling", "Snel", "Tijdelijk")],
                    "Subsidieregeling", "Landen in de regio", new DecisionMaker(null, null, "Opdrachtgeversoverleg"), null,
                    new LocalDate(2019, 3, 11), [], "", new LocalDate(2019, 9, 1), DecisionStatus.Proposed, new WooClassification(true, null), At),
                new DecisionTaken(decisionId, programmeId, new LocalDate(2019, 3, 18), At.Plus(Duration.FromDays(7))),
                new PartnerPositionRecorded(decisionId, programmeId, vng, PartnerPosition.Dissents, "Te weinig middelen", At.Plus(Duration.FromDays(8))),
                new PartnerPositionRecorded(decisionId, programmeId, vng, PartnerPosition.AgreesWithReservations, "Mits geld volgt", At.Plus(Duration.FromDays(9))),
                new DecisionRevised(decisionId, programmeId, null, "Ook ketenpartners", new LocalDate(2019, 12, 1), "Evaluatie", At.Plus(Duration.FromDays(10))),
                new DecisionReviewed(decisionId, programmeId, new LocalDate(2019, 12, 1), "Werkt", null, At.Plus(Duration.FromDays(265))),
                new DecisionSuperseded(decisionId, programmeId, laterId, At.Plus(Duration.FromDays(300))));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var record = (await query.LoadAsync<DecisionRecord>(decisionId)).ShouldNotBeNull();
        record.ProgrammeId.ShouldBe(programmeId);
        record.Title.ShouldBe("Regionale aanpak");
        record.DecidedOn.ShouldBe(new LocalDate(2019, 3, 18));
        record.Rationale.ShouldBe("Ook ketenpartners");
        record.ReviewOn.ShouldBeNull();
        record.Status.ShouldBe(DecisionStatus.Superseded);
        record.SupersededByDecisionId.ShouldBe(laterId);

        var position = record.Positions.ShouldHaveSingleItem();
        position.ShouldBe(new PartnerPositionView(vng, PartnerPosition.AgreesWithReservations, "Mits geld volgt", At.Plus(Duration.FromDays(9))));

        record.History.Select(h => h.Kind).ShouldBe([
            DecisionHistoryKind.Logged, DecisionHistoryKind.Taken, DecisionHistoryKind.PositionRecorded, DecisionHistoryKind.PositionRecorded,
            DecisionHistoryKind.Revised, DecisionHistoryKind.Reviewed, DecisionHistoryKind.Superseded]);
        record.History[2].Reasoning.ShouldBe("Te weinig middelen");
        record.History[5].On.ShouldBe(new LocalDate(2019, 12, 1));
        record.History[6].RecordedAt.ShouldBe(At.Plus(Duration.FromDays(300)));

        var state = (await query.LoadAsync<Decision>(decisionId)).ShouldNotBeNull();
        state.Status.ShouldBe(DecisionStatus.Superseded);
        state.Positions[vng].ShouldBe(PartnerPosition.AgreesWithReservations);
    }
}
