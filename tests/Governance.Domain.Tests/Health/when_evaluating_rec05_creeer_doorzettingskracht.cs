using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Health;
using Governance.Domain.Partners;

namespace Governance.Domain.Tests.Health;

public class when_evaluating_rec05_creeer_doorzettingskracht : HealthSpec
{
    private const Recommendation Rec = Recommendation.CreeerDoorzettingskracht;
    private static readonly NodaTime.LocalDate EscalatedOn = D(2020, 6, 1);

    private Guid SteeringGroupWithSeatFor(string partnerName, params DoorzettingsAspect[] aspects)
    {
        var body = Body(D(2020, 1, 15), aspects);
        var partner = Partner(partnerName, D(2020, 1, 2));
        Given(new BodyMemberAdded(ProgrammeId, body, partner, Noon(D(2020, 1, 16))));
        return body;
    }

    private void Escalation(Guid body)
    {
        var tension = Tension(D(2020, 5, 1));
        Given(new TensionEscalated(ProgrammeId, tension, body, EscalatedOn, Noon(EscalatedOn)));
    }

    [Fact]
    public void a_body_covering_all_four_aspects_with_every_partner_seated_is_green()
    {
        SteeringGroupWithSeatFor("VNG", AllAspects);
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void no_body_is_not_yet_assessable_after_the_start_window() =>
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);

    [Fact]
    public void a_body_without_any_aspect_of_doorzettingsmacht_does_not_count()
    {
        SteeringGroupWithSeatFor("VNG");
        var result = On(AfterStartWindow, Rec);
        result.Status.ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        result.Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void a_new_opdrachtgever_representative_without_reconfirmation_is_orange_until_the_opgave_is_endorsed_again()
    {
        SteeringGroupWithSeatFor("VNG", AllAspects);
        var vws = Partner("Ministerie van VWS", D(2020, 1, 2), role: PartnerRole.Opdrachtgever);
        Given(new BodyMemberAdded(ProgrammeId, Facts.Bodies[0].BodyId, vws, Noon(D(2020, 1, 16))));
        Given(new RepresentativeNamed(ProgrammeId, vws, Guid.NewGuid(), "A. Eerste", "DG", Noon(D(2020, 1, 3))));
        StatusOn(D(2020, 6, 1), Rec).ShouldBe(IndicatorStatus.Groen);

        Given(new RepresentativeNamed(ProgrammeId, vws, Guid.NewGuid(), "B. Nieuw", "DG", Noon(D(2020, 6, 2))));
        var replaced = On(D(2020, 6, 2), Rec);
        replaced.Status.ShouldBe(IndicatorStatus.Oranje);
        replaced.Evidence.ShouldContain(e => e.Kind == EvidenceKind.Negative && e.Text.Contains("nieuwe vertegenwoordiger"));

        Given(new OpgaveEndorsed(ProgrammeId, vws, D(2020, 7, 1), Noon(D(2020, 7, 1))));
        StatusOn(D(2020, 7, 1), Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void an_aspect_covered_by_no_body_or_mandate_is_orange_until_a_mandate_covers_it()
    {
        var body = SteeringGroupWithSeatFor("VNG", DoorzettingsAspect.Beleidsmatig, DoorzettingsAspect.Financieel, DoorzettingsAspect.Communicatief);
        On(AfterStartWindow, Rec).Missing.ShouldHaveSingleItem().ShouldContain("Juridisch");
        Given(new MandateGranted(ProgrammeId, Guid.NewGuid(), body, Guid.NewGuid(), "Juridische besluiten", [DoorzettingsAspect.Juridisch],
            D(2020, 3, 1), null, Noon(D(2020, 3, 1))));
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void a_partner_without_a_recorded_seat_is_not_yet_assessable()
    {
        SteeringGroupWithSeatFor("VNG", AllAspects);
        Partner("Politie", D(2020, 2, 1));
        On(AfterStartWindow, Rec).Missing.ShouldHaveSingleItem().ShouldBe("Vastleggen in welk gremium Politie aan tafel zit.");
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
    }

    [Fact]
    public void an_open_escalation_is_orange_from_its_first_day()
    {
        Escalation(SteeringGroupWithSeatFor("VNG", AllAspects));
        StatusOn(EscalatedOn.PlusDays(-1), Rec).ShouldBe(IndicatorStatus.Groen);
        StatusOn(EscalatedOn, Rec).ShouldBe(IndicatorStatus.Oranje);
        On(EscalatedOn.PlusWeeks(6).PlusDays(1), Rec).Reason.ShouldBe("Een escalatie wacht langer dan 6 weken op een antwoord.");
    }

    [Fact]
    public void an_escalation_open_twelve_weeks_is_orange_one_day_more_red_and_green_once_resolved()
    {
        var body = SteeringGroupWithSeatFor("VNG", AllAspects);
        var tension = Tension(D(2020, 5, 1));
        Given(new TensionEscalated(ProgrammeId, tension, body, EscalatedOn, Noon(EscalatedOn)));
        StatusOn(EscalatedOn.PlusWeeks(12), Rec).ShouldBe(IndicatorStatus.Oranje);
        StatusOn(EscalatedOn.PlusWeeks(12).PlusDays(1), Rec).ShouldBe(IndicatorStatus.Rood);

        var resolvedOn = EscalatedOn.PlusWeeks(13);
        Given(new TensionResolved(ProgrammeId, tension, "Besloten", resolvedOn, Noon(resolvedOn)));
        StatusOn(resolvedOn, Rec).ShouldBe(IndicatorStatus.Groen);
    }

    private Guid OpdrachtgeverWithNewRepresentative()
    {
        SteeringGroupWithSeatFor("VNG", AllAspects);
        var vws = Partner("Ministerie van VWS", D(2020, 1, 2), role: PartnerRole.Opdrachtgever);
        Given(new BodyMemberAdded(ProgrammeId, Facts.Bodies[0].BodyId, vws, Noon(D(2020, 1, 16))));
        Given(new RepresentativeNamed(ProgrammeId, vws, Guid.NewGuid(), "A. Eerste", "DG", Noon(D(2020, 1, 3))));
        Given(new RepresentativeNamed(ProgrammeId, vws, Guid.NewGuid(), "B. Nieuw", "DG", Noon(D(2020, 6, 2))));
        return vws;
    }

    [Fact]
    public void an_explicit_reconfirmation_with_the_new_representative_clears_the_question()
    {
        var vws = OpdrachtgeverWithNewRepresentative();
        StatusOn(D(2020, 6, 2), Rec).ShouldBe(IndicatorStatus.Oranje);

        Given(new OpdrachtReconfirmed(ProgrammeId, vws, D(2020, 6, 20), null, Noon(D(2020, 6, 20))));
        var reconfirmed = On(D(2020, 6, 20), Rec);
        reconfirmed.Status.ShouldBe(IndicatorStatus.Groen);
        reconfirmed.Evidence.ShouldContain(e => e.Kind == EvidenceKind.Positive && e.Text.Contains("opnieuw bevestigd"));
    }

    [Fact]
    public void an_opdracht_explicitly_not_reconfirmed_is_red_until_it_is_reconfirmed()
    {
        // Wvggz: "Het is helaas niet gelukt om het ‘oude’ contract … herbevestigd te krijgen met de nieuwe opdrachtgevers" (004 l. 4464–4468).
        var vws = OpdrachtgeverWithNewRepresentative();
        Given(new OpdrachtNotReconfirmed(ProgrammeId, vws, D(2020, 7, 1), "Zien het als programma van het departement", Noon(D(2020, 7, 1))));
        var refused = On(D(2020, 7, 1), Rec);
        refused.Status.ShouldBe(IndicatorStatus.Rood);
        refused.Evidence.ShouldContain(e => e.Kind == EvidenceKind.Negative && e.Text.Contains("niet opnieuw bevestigd"));

        // An endorsement recorded before the refusal does not undo it; a later reconfirmation does.
        Given(new OpdrachtReconfirmed(ProgrammeId, vws, D(2020, 9, 1), "Na bestuurlijk overleg", Noon(D(2020, 9, 1))));
        StatusOn(D(2020, 9, 1), Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void an_escalation_to_the_opdrachtgevers_waits_for_an_answer_and_an_answer_ends_the_wait()
    {
        SteeringGroupWithSeatFor("VNG", AllAspects);
        var tension = Tension(D(2020, 5, 1));
        Given(new TensionEscalatedToPerson(ProgrammeId, tension, "de opdrachtgevers", EscalatedOn, Noon(EscalatedOn)));
        StatusOn(EscalatedOn, Rec).ShouldBe(IndicatorStatus.Oranje);
        StatusOn(EscalatedOn.PlusWeeks(12).PlusDays(1), Rec).ShouldBe(IndicatorStatus.Rood);

        var answeredOn = EscalatedOn.PlusWeeks(13);
        Given(new EscalationAnswered(ProgrammeId, tension, "De regeling wordt aangepast", answeredOn, Noon(answeredOn)));
        var answered = On(answeredOn, Rec);
        answered.Status.ShouldBe(IndicatorStatus.Groen);
        answered.Evidence.ShouldContain(e => e.Kind == EvidenceKind.Positive && e.Text.Contains("beantwoord"));
    }

    [Fact]
    public void a_threat_to_resign_is_orange_until_the_opdrachtgever_follows_it_up()
    {
        SteeringGroupWithSeatFor("VNG", AllAspects);
        var strain = Guid.NewGuid();
        Given(new OpdrachtnemerStrainRecorded(ProgrammeId, strain, OpdrachtnemerStrain.DirectorThreatenedToResign, "Moeizaam met VWS", D(2020, 5, 4), Noon(D(2020, 5, 4))));
        On(D(2020, 5, 4), Rec).Reason.ShouldBe("De programmadirecteur dreigde op te stappen en dat is nog niet opgevolgd.");

        Given(new OpdrachtnemerStrainFollowedUp(ProgrammeId, strain, "Gesprek met de DG", D(2020, 5, 11), Noon(D(2020, 5, 11))));
        StatusOn(D(2020, 5, 11), Rec).ShouldBe(IndicatorStatus.Groen);
    }
}
