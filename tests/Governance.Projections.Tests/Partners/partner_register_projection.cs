using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Projections.Partners;
using NodaTime;

namespace Governance.Projections.Tests.Partners;

[Collection(nameof(StoreCollection))]
public class partner_register_projection(StoreFixture fixture)
{
    [Fact]
    public async Task lists_every_partner_with_what_it_brings_who_represents_it_its_goals_and_mandates()
    {
        var programmeId = Guid.NewGuid();
        var vws = Guid.NewGuid();
        var utrecht = Guid.NewGuid();
        var body = Guid.NewGuid();
        var person = Guid.NewGuid();
        var goal = Guid.NewGuid();
        var mandate = Guid.NewGuid();
        var bodyMandate = Guid.NewGuid();
        var at = Instant.FromUtc(2018, 4, 1, 8, 0);
        var start = new LocalDate(2018, 4, 1);

        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId,
                new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen", "Ministerie van VWS", start, new LocalDate(2021, 12, 31), at),
                new PartnerJoined(programmeId, vws, "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, start, at),
                new PartnerJoined(programmeId, utrecht, "Gemeente Utrecht", Bestuurslaag.Gemeente, PartnerRole.StaandeOrganisatie, start, at),
                new PartnerInterestRecorded(programmeId, utrecht, "Veilig thuis", "Projectleider", at),
                new OpgaveEndorsed(programmeId, utrecht, new LocalDate(2018, 5, 1), at),
                new RepresentativeNamed(programmeId, utrecht, person, "Anna de Vries", "Wethouder", at),
                new LearningGoalSet(programmeId, utrecht, goal, "Ketenaanpak leren", at),
                new MandateGranted(programmeId, mandate, utrecht, vws, "Regionale inzet", [DoorzettingsAspect.Financieel], start, null, at),
                new MandateGranted(programmeId, bodyMandate, body, vws, "Sturing", [DoorzettingsAspect.Beleidsmatig], start, null, at),
                new MandateRevoked(programmeId, mandate, "Herzien", at),
                new PartnerLeft(programmeId, utrecht, new LocalDate(2020, 1, 1), "Opgeheven", at));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var register = (await query.LoadAsync<PartnerRegister>(programmeId)).ShouldNotBeNull();
        register.Partners.Select(p => p.OrganisationName).ShouldBe(["Ministerie van VWS", "Gemeente Utrecht"]);

        var entry = register.Partners[1];
        entry.Layer.ShouldBe(Bestuurslaag.Gemeente);
        entry.Role.ShouldBe(PartnerRole.StaandeOrganisatie);
        entry.JoinedOn.ShouldBe(start);
        entry.LeftOn.ShouldBe(new LocalDate(2020, 1, 1));
        entry.LeaveReason.ShouldBe("Opgeheven");
        entry.Active.ShouldBeFalse();
        entry.Interest.ShouldBe("Veilig thuis");
        entry.Contribution.ShouldBe("Projectleider");
        entry.EndorsedOn.ShouldBe(new LocalDate(2018, 5, 1));
        entry.Representatives.ShouldHaveSingleItem().ShouldBe(new RepresentativeEntry(person, "Anna de Vries", "Wethouder"));
        entry.LearningGoals.ShouldHaveSingleItem().ShouldBe(new LearningGoalEntry(goal, "Ketenaanpak leren", at));
        var held = entry.Mandates.ShouldHaveSingleItem();
        held.MandateId.ShouldBe(mandate);
        held.Aspects.ShouldBe([DoorzettingsAspect.Financieel]);
        held.GrantedByPartnerId.ShouldBe(vws);
        held.ValidFrom.ShouldBe(start);
        held.Revoked.ShouldBeTrue();
        held.RevokeReason.ShouldBe("Herzien");

        register.Partners[0].Active.ShouldBeTrue();
        register.Partners[0].Mandates.ShouldBeEmpty(); // the body's mandate is not a partner's
    }
}
