using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Projections.Care;
using NodaTime;

namespace Governance.Projections.Tests.Care;

[Collection(nameof(StoreCollection))]
public class tensions_and_care_projection(StoreFixture fixture)
{
    private static readonly Instant At = Instant.FromUtc(2018, 4, 1, 8, 0);

    [Fact]
    public async Task folds_tension_histories_and_care_moments_with_connections_counted_per_partner()
    {
        var programmeId = Guid.NewGuid();
        var vng = Guid.NewGuid();
        var ogo = Guid.NewGuid();
        var tension = Guid.NewGuid();
        var open = Guid.NewGuid();

        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId,
                new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen", "Ministerie van VWS", new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), At),
                new PartnerJoined(programmeId, vng, "VNG", Bestuurslaag.Koepel, PartnerRole.Opdrachtgever, new LocalDate(2018, 4, 1), At),
                new GovernanceBodyEstablished(programmeId, ogo, "Opdrachtgeversoverleg", BodyKind.Opdrachtgeversberaad, "Sturing", 6, [], At),
                new TensionRaised(programmeId, tension, "Subsidieregeling", "Regels botsen", "Programmadirecteur", new LocalDate(2019, 4, 1), At),
                new TensionDiscussed(programmeId, tension, "Programmateam", new LocalDate(2019, 4, 8), At),
                new TensionEscalated(programmeId, tension, ogo, new LocalDate(2019, 4, 15), At),
                new TensionResolved(programmeId, tension, "Regeling aangepast", new LocalDate(2019, 5, 1), At),
                new TensionRaised(programmeId, open, "Data delen", "Privacy", "Veilig Thuis", new LocalDate(2019, 6, 1), At),
                new VitalityCheckHeld(programmeId, new LocalDate(2019, 6, 1), "Stoom van de ketel", At),
                new SuccessCelebrated(programmeId, "Alle regio's gestart", new LocalDate(2019, 7, 1), At),
                new PersonalConnectionMade(programmeId, vng, new LocalDate(2019, 5, 1), At),
                new PersonalConnectionMade(programmeId, vng, new LocalDate(2019, 3, 1), At),
                new LivedExperienceContributed(programmeId, "Spiegelgroeplid A", "slachtoffer", "Opdrachtgeversoverleg", new LocalDate(2019, 3, 11), At));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var care = (await query.LoadAsync<TensionsAndCare>(programmeId)).ShouldNotBeNull();

        var resolved = care.Tensions.Single(t => t.TensionId == tension);
        resolved.Status.ShouldBe(TensionStatus.Resolved);
        resolved.EscalatedToBody.ShouldBe("Opdrachtgeversoverleg");
        resolved.Resolution.ShouldBe("Regeling aangepast");
        resolved.History.Select(s => s.Kind).ShouldBe([TensionStepKind.Raised, TensionStepKind.Discussed, TensionStepKind.Escalated, TensionStepKind.Resolved]);
        resolved.History[2].BodyId.ShouldBe(ogo);
        care.Tensions.Single(t => t.TensionId == open).Status.ShouldBe(TensionStatus.Open);

        care.VitalityChecks.ShouldHaveSingleItem().Summary.ShouldBe("Stoom van de ketel");
        care.Successes.ShouldHaveSingleItem().What.ShouldBe("Alle regio's gestart");
        care.PersonalConnections.ShouldHaveSingleItem().ShouldBe(new PersonalConnectionsView(vng, "VNG", 2, new LocalDate(2019, 5, 1)));
        care.LivedExperience.ShouldHaveSingleItem().ContributorPseudonym.ShouldBe("Spiegelgroeplid A");
    }
}
