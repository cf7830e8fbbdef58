using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Projections.Programmes;
using NodaTime;

namespace Governance.Projections.Tests.Programmes;

[Collection(nameof(StoreCollection))]
public class programme_overview_lifecycle_projection(StoreFixture fixture)
{
    [Fact]
    public async Task folds_phase_opgave_justification_focus_extensions_borging_continuation_end_and_cadence()
    {
        var programmeId = Guid.NewGuid();
        var gemeente = Guid.NewGuid();
        var at = Instant.FromUtc(2018, 4, 1, 8, 0);
        var end = new LocalDate(2021, 12, 31);

        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId,
                new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen", "Ministerie van VWS", new LocalDate(2018, 4, 1), end, at),
                new PartnerJoined(programmeId, gemeente, "Gemeente Utrecht", Bestuurslaag.Gemeente, PartnerRole.StaandeOrganisatie, new LocalDate(2018, 4, 1), at));
            await session.SaveChangesAsync();
        }

        // A later request, as in the host: within one SaveChanges Marten's inline multi-stream projection does not
        // apply events in append order, and the borging plan looks up its owner's name among the partners.
        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.Append(programmeId,
                new ProgrammePhaseChanged(programmeId, ProgrammePhase.Uitvoering, new LocalDate(2018, 9, 1), null, at),
                new OpgaveFormulated(programmeId, "Geweld eerder stoppen", "Duurzaam oplossen", "Minder geweld", "Wetgeving", "Regio", at),
                new ProgrammeFormJustified(programmeId, "Ketenoverstijgend", "Taskforce", at),
                new FocusLevelChosen(programmeId, FocusLevel.Regionaal, "Landen in de regio", at),
                new ProgrammeExtended(programmeId, end, new LocalDate(2022, 12, 31), "Borging niet rond", at),
                new BorgingPlanRecorded(programmeId, [new BorgingItem("Regionale aanpak", gemeente)], at),
                new ContinuationDecided(programmeId, ContinuationChoice.OverdragenAanLijn, "Gemeenten nemen over", new LocalDate(2022, 6, 1), at),
                new ReflectionCadenceSet(programmeId, 6, at),
                new ProgrammeEnded(programmeId, new LocalDate(2022, 12, 31), "Geborgd", at));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var overview = (await query.LoadAsync<ProgrammeOverview>(programmeId)).ShouldNotBeNull();
        overview.Name.ShouldBe("GHNT");
        overview.Opgave.ShouldBe("Geweld eerder stoppen");
        overview.OpgaveFormulation.ShouldBe(new OpgaveSummary("Geweld eerder stoppen", "Duurzaam oplossen", "Minder geweld", "Wetgeving", "Regio", at));
        overview.Justification.ShouldBe(new ProgrammeFormSummary("Ketenoverstijgend", "Taskforce", at));
        overview.Focus.ShouldBe(new FocusSummary(FocusLevel.Regionaal, "Landen in de regio", at));
        overview.PlannedEndDate.ShouldBe(new LocalDate(2022, 12, 31));
        overview.Extensions.ShouldHaveSingleItem().PreviousPlannedEndDate.ShouldBe(end);
        overview.Partners.ShouldHaveSingleItem().OrganisationName.ShouldBe("Gemeente Utrecht");
        overview.BorgingPlan.ShouldNotBeNull().Items.ShouldHaveSingleItem()
            .ShouldBe(new BorgingItemSummary("Regionale aanpak", gemeente, "Gemeente Utrecht"));
        overview.Continuation.ShouldBe(new ContinuationSummary(ContinuationChoice.OverdragenAanLijn, "Gemeenten nemen over", new LocalDate(2022, 6, 1)));
        overview.ReflectionEveryWeeks.ShouldBe(6);
        overview.Phase.ShouldBe(ProgrammePhase.Beeindigd);
        overview.EndedOn.ShouldBe(new LocalDate(2022, 12, 31));
        overview.EndReason.ShouldBe("Geborgd");
        overview.Decisions.ShouldBeEmpty();
        overview.Partners.ShouldHaveSingleItem().OrganisationName.ShouldBe("Gemeente Utrecht");
    }
}
