using Governance.Domain.Bodies;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Projections.Bodies;
using NodaTime;

namespace Governance.Projections.Tests.Bodies;

[Collection(nameof(StoreCollection))]
public class governance_bodies_projection(StoreFixture fixture)
{
    private static readonly Instant At = Instant.FromUtc(2018, 4, 1, 8, 0);

    [Fact]
    public void the_opgave_share_of_an_agenda_is_rounded_and_absent_without_agenda()
    {
        GovernanceBodiesProjection.OpgaveEnPraktijkShare([]).ShouldBeNull();
        GovernanceBodiesProjection.OpgaveEnPraktijkShare([
            new AgendaItem("a", AgendaTag.OpgaveEnPraktijk), new AgendaItem("b", AgendaTag.ProcesEnMiddelen),
            new AgendaItem("c", AgendaTag.ProcesEnMiddelen)]).ShouldBe(0.33m);
    }

    [Fact]
    public async Task folds_bodies_members_ground_rules_and_meetings_of_one_programme()
    {
        var programmeId = Guid.NewGuid();
        var vws = Guid.NewGuid();
        var vng = Guid.NewGuid();
        var ogo = Guid.NewGuid();
        var meetingId = Guid.NewGuid();

        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId,
                new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen", "Ministerie van VWS", new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), At),
                new PartnerJoined(programmeId, vws, "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2018, 4, 1), At),
                new PartnerJoined(programmeId, vng, "VNG", Bestuurslaag.Koepel, PartnerRole.Opdrachtgever, new LocalDate(2018, 4, 1), At),
                new GovernanceBodyEstablished(programmeId, ogo, "Opdrachtgeversoverleg", BodyKind.Opdrachtgeversberaad, "Sturing", 6,
                    [DoorzettingsAspect.Beleidsmatig, DoorzettingsAspect.Financieel], At),
                new BodyMemberAdded(programmeId, ogo, vws, At),
                new BodyMemberAdded(programmeId, ogo, vng, At),
                new BodyMemberRemoved(programmeId, ogo, vng, At),
                new GroundRulesAgreed(programmeId, ogo, "Open", "Afspraak is afspraak", "Bespreekbaar maken", At),
                new MeetingHeld(programmeId, ogo, meetingId, new LocalDate(2019, 3, 11), [vws],
                    [new AgendaItem("Praktijkverhaal", AgendaTag.OpgaveEnPraktijk), new AgendaItem("Begroting", AgendaTag.ProcesEnMiddelen)], At));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var bodies = (await query.LoadAsync<GovernanceBodies>(programmeId)).ShouldNotBeNull();
        var body = bodies.Bodies.ShouldHaveSingleItem();
        body.Name.ShouldBe("Opdrachtgeversoverleg");
        body.Kind.ShouldBe(BodyKind.Opdrachtgeversberaad);
        body.MeetingsPerYear.ShouldBe(6);
        body.Aspects.ShouldBe([DoorzettingsAspect.Beleidsmatig, DoorzettingsAspect.Financieel]);
        body.Members.ShouldBe([new PartnerRef(vws, "Ministerie van VWS")]);
        body.GroundRules.ShouldNotBeNull().WhenItFails.ShouldBe("Bespreekbaar maken");
        var meeting = body.Meetings.ShouldHaveSingleItem();
        meeting.MeetingId.ShouldBe(meetingId);
        meeting.Attendees.ShouldBe([new PartnerRef(vws, "Ministerie van VWS")]);
        meeting.Agenda.Count.ShouldBe(2);
        meeting.OpgaveEnPraktijkShare.ShouldBe(0.5m);
    }

    [Fact]
    public async Task a_programme_without_bodies_has_an_empty_document()
    {
        var programmeId = Guid.NewGuid();
        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId,
                new ProgrammeRegistered(programmeId, "Wvggz", "Wet invoeren", "Ministerie van VWS", new LocalDate(2016, 9, 1), new LocalDate(2020, 1, 1), At));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        (await query.LoadAsync<GovernanceBodies>(programmeId)).ShouldNotBeNull().Bodies.ShouldBeEmpty();
    }

    [Fact]
    public async Task keeps_the_mandates_with_their_holders_name_so_a_decision_form_can_offer_them()
    {
        var programmeId = Guid.NewGuid();
        var vws = Guid.NewGuid();
        var ogo = Guid.NewGuid();
        var toBody = Guid.NewGuid();
        var toPartner = Guid.NewGuid();

        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId,
                new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen", "Ministerie van VWS", new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), At),
                new PartnerJoined(programmeId, vws, "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2018, 4, 1), At),
                new GovernanceBodyEstablished(programmeId, ogo, "Opdrachtgeversoverleg", BodyKind.Opdrachtgeversberaad, "Sturing", 6,
                    [DoorzettingsAspect.Beleidsmatig], At),
                new MandateGranted(programmeId, toBody, ogo, vws, "Sturing", [DoorzettingsAspect.Beleidsmatig], new LocalDate(2018, 5, 1), null, At),
                new MandateGranted(programmeId, toPartner, vws, vws, "Geld", [DoorzettingsAspect.Financieel], new LocalDate(2018, 6, 1), null, At),
                new MandateRevoked(programmeId, toPartner, "Vervallen", At));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var bodies = (await query.LoadAsync<GovernanceBodies>(programmeId)).ShouldNotBeNull();
        bodies.Mandates.ShouldBe([
            new MandateRef(toBody, ogo, "Opdrachtgeversoverleg", new LocalDate(2018, 5, 1), Revoked: false),
            new MandateRef(toPartner, vws, "Ministerie van VWS", new LocalDate(2018, 6, 1), Revoked: true),
        ]);
    }
}
