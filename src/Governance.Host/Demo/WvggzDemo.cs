using Governance.Domain.Access;
using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Resources;
using NodaTime;
using static Governance.Host.Demo.DemoPeople;
using static Governance.Host.Demo.DemoScript;

namespace Governance.Host.Demo;

/// <summary>
/// The chain programme implementing the Wet verplichte ggz (Wvggz), after seed 004 l. 4428–4480 and 4775–4785: a
/// robust start phase of about nine months in 2016–2017; after the law entered into force, new opdrachtgevers from
/// both departments saw a departmental programme where it had been set up as a programme of the chain; the "old"
/// contract was not reconfirmed (the corona restrictions did not help), and the programme director withdrew.
/// Intended health: good until the end of 2019, then poor on rec. 1, 5 and 10 (and reflection and contact fade).
/// The source gives no dates but "2016-2017" and the entry into force: every day below is invented.
/// </summary>
public static class WvggzDemo
{
    public static readonly Guid Id = DemoIds.Of("programme/wvggz");

    private static readonly Guid PVws = DemoIds.Of("wvggz/partner/vws");
    private static readonly Guid PJenv = DemoIds.Of("wvggz/partner/jenv");
    private static readonly Guid PGgz = DemoIds.Of("wvggz/partner/ggznl");
    private static readonly Guid PVng = DemoIds.Of("wvggz/partner/vng");
    private static readonly Guid PPolitie = DemoIds.Of("wvggz/partner/politie");
    private static readonly Guid POm = DemoIds.Of("wvggz/partner/om");
    private static readonly Guid PZorgverzekeraars = DemoIds.Of("wvggz/partner/zn");
    private static readonly Guid PInspectie = DemoIds.Of("wvggz/partner/igj");
    private static readonly Guid BestuurlijkOverleg = DemoIds.Of("wvggz/body/bestuurlijk-overleg");
    private static readonly Guid AardTension = DemoIds.Of("wvggz/tension/aard");
    public static readonly Guid RoleDecision = DemoIds.Of("wvggz/decision/rol-na-inwerkingtreding");
    private static readonly Guid DirectorWithdrew = DemoIds.Of("wvggz/strain/directeur-teruggetrokken");

    private static readonly Guid[] StartPartners = [PVws, PJenv, PGgz, PVng, PPolitie, POm];
    private static readonly LocalDate InForce = D(2020, 1, 1); // not in 004 (it says only "na de succesvolle inwerkingtreding", l. 4434): the Wvggz took effect on 1 January 2020 (public fact)

    public static void Write(DemoScript s)
    {
        // source: 004 l. 4775–4785 (start 2016–2017); invented: 1 September 2016 and the planned end 31-12-2021.
        s.On(D(2016, 9, 1), by: Administrator);
        s.StartProgramme(Id, new RegisterProgramme("Implementatie Wet verplichte ggz (Wvggz)",
            "De Wet verplichte ggz met alle partijen in de keten zorgvuldig invoeren.", "Ministerie van VWS", D(2016, 9, 1), D(2021, 12, 31)));
        // source: 004 l. 4440–4442 ("nieuwe opdrachtgevers vanuit beide departementen": VWS and JenV); invented: the chain partners named
        // here (the text says "keten", not who) and the day.
        Partner(s, PVws, "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, D(2016, 9, 1));
        Partner(s, PJenv, "Ministerie van JenV", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, D(2016, 9, 1));
        Partner(s, PGgz, "GGZ Nederland", Bestuurslaag.MaatschappelijkeOrganisatie, PartnerRole.Ketenpartner, D(2016, 9, 1));
        Partner(s, PVng, "VNG", Bestuurslaag.Koepel, PartnerRole.Ketenpartner, D(2016, 9, 1));
        Partner(s, PPolitie, "Nationale Politie", Bestuurslaag.Uitvoeringsorganisatie, PartnerRole.Ketenpartner, D(2016, 9, 1));
        Partner(s, POm, "Openbaar Ministerie", Bestuurslaag.Uitvoeringsorganisatie, PartnerRole.Ketenpartner, D(2016, 9, 1));
        // invented: the demo people in this programme.
        s.Member(Id, OpdrachtgeverVws, MemberRole.Opdrachtgever, PVws);
        s.Member(Id, DirecteurWvggz, MemberRole.Programmadirecteur);
        s.Member(Id, PartnerGgz, MemberRole.Partner, PGgz);
        s.Member(Id, Meelezer, MemberRole.Meelezer);

        // source: 004 l. 4448–4450 (set up as a programme of the chain, "type linksboven"); invented: wording and days.
        s.On(D(2016, 10, 3), by: DirecteurWvggz);
        s.Programme(Id, (p, now) => FormulateOpgave.Decide(p, new FormulateOpgave(
            "De Wet verplichte ggz met alle partijen in de keten zorgvuldig invoeren.",
            "Op de dag van inwerkingtreding kan de hele keten werken met de nieuwe wet.",
            "Verplichte zorg die beter aansluit bij de persoon en zijn omgeving.",
            "De wet en de afspraken tussen de departementen.",
            "Ketenpartners bepalen samen de volgorde en het tempo van de invoering."), now));
        s.Programme(Id, (p, now) => JustifyProgrammeForm.Decide(p, new JustifyProgrammeForm(
            "De invoering raakt zorg, gemeenten, politie en justitie tegelijk; geen van hen kan de keten alleen inrichten.",
            "Invoering per departement (een programma van de departementen) — niet gekozen: het is opgezet als programma van de keten."), now));
        s.Programme(Id, (p, now) => ChooseFocusLevel.Decide(p, new ChooseFocusLevel(FocusLevel.Landelijk,
            "Eén wet, landelijk in te voeren door landelijke ketenpartijen."), now));
        // invented: funding amounts and days.
        s.Programme(Id, (p, now) => CommitFunding.Decide(p, DemoIds.Of("wvggz/funding/vws"),
            new CommitFunding(PVws, 12_000_000m, D(2016, 9, 1), D(2021, 12, 31), FundingKind.Tijdelijk), now));
        s.Programme(Id, (p, now) => CommitFunding.Decide(p, DemoIds.Of("wvggz/funding/jenv"),
            new CommitFunding(PJenv, 6_000_000m, D(2016, 9, 1), D(2021, 12, 31), FundingKind.Tijdelijk), now));
        s.Programme(Id, (p, now) => AddTeamMember.Decide(p, DemoIds.Of("wvggz/team/directeur"),
            new AddTeamMember("Programmadirecteur (2016–2020)", "Programmadirecteur", ["ketenregie"], 1.0m), now));

        // invented: the body, its aspects and members; the mandate is "het 'oude' contract met de vorige opdrachtgevers" (004 l. 4464–4466),
        // here valid until the entry into force.
        s.On(D(2016, 10, 17), by: OpdrachtgeverVws);
        s.Programme(Id, (p, now) => EstablishGovernanceBody.Decide(p, BestuurlijkOverleg, new EstablishGovernanceBody(
            "Bestuurlijk overleg Wvggz", BodyKind.BestuurlijkOverleg, "Bestuurlijke afspraken in de keten over de invoering.", 6,
            [DoorzettingsAspect.Beleidsmatig, DoorzettingsAspect.Communicatief]), now));
        foreach (var partner in StartPartners) s.Programme(Id, (p, now) => AddBodyMember.Decide(p, BestuurlijkOverleg, new AddBodyMember(partner), now));
        s.Programme(Id, (p, now) => GrantMandate.Decide(p, DemoIds.Of("wvggz/mandate/contract"), new GrantMandate(BestuurlijkOverleg, PVws,
            "Het contract tussen programma en departementen: middelen en juridische keuzes in de keten tot de inwerkingtreding.",
            [DoorzettingsAspect.Financieel, DoorzettingsAspect.Juridisch], D(2016, 10, 17), D(2019, 12, 31)), now));

        // invented: interests, endorsements, learning goals, borging plan (the robust start of 004 l. 4775–4785).
        s.On(D(2016, 11, 14), by: DirecteurWvggz);
        foreach (var partner in StartPartners)
        {
            s.Programme(Id, (p, now) => RecordPartnerInterest.Decide(p, partner, new RecordPartnerInterest(
                "Een werkbare wet voor de eigen praktijk", "Mensen en kennis voor de invoering"), now));
            s.Programme(Id, (p, now) => EndorseOpgave.Decide(p, partner, new EndorseOpgave(D(2016, 11, 14)), now));
            s.Programme(Id, (p, now) => SetLearningGoal.Decide(p, partner, DemoIds.Of($"wvggz/goal/{partner}"),
                new SetLearningGoal("Leren werken als keten rond één persoon"), now));
        }
        s.Programme(Id, (p, now) => RecordBorgingPlan.Decide(p, new RecordBorgingPlan(
        [
            new BorgingItemInput("Zorgmachtigingen en crisismaatregelen in de praktijk", PGgz),
            new BorgingItemInput("De gemeentelijke taken (verkennend onderzoek, hoorplicht)", PVng),
        ]), now));

        // Good years: reflection every six weeks, quarterly contact and care, the bestuurlijk overleg every two months (all invented).
        // The six-weekly cadence is agreed explicitly (invented), so the silence after 2019 is a passed commitment for rec. 9.
        s.On(D(2016, 11, 1), by: DirecteurWvggz);
        s.Programme(Id, (p, now) => SetReflectionCadence.Decide(p, new SetReflectionCadence(6), now));
        for (var day = D(2016, 11, 25); day <= D(2019, 12, 13); day = day.PlusWeeks(6))
            s.ReflectionHeld(Id, "Reflectie in de keten", day, "Wim Waarnemer",
                [OpdrachtgeverVws, DirecteurWvggz, PartnerGgz], [ReflectionQuestion.NieuweOntwikkelingen, ReflectionQuestion.BalansTussenPartijen],
                "Stand van de invoering en wat de keten nog nodig heeft.");
        for (var day = D(2016, 11, 20); day <= D(2019, 12, 31); day = day.PlusMonths(3))
        {
            s.On(day, by: DirecteurWvggz);
            var on = day;
            foreach (var partner in StartPartners)
                s.Programme(Id, (p, now) => RecordPersonalConnection.Decide(p, new RecordPersonalConnection(partner, on), now));
            s.Programme(Id, (p, now) => RecordVitalityCheck.Decide(p, new RecordVitalityCheck(on, "Hoe staat de keten ervoor?"), now));
            s.Programme(Id, (p, now) => RecordLivedExperience.Decide(p, new RecordLivedExperience("Cliëntvertegenwoordiger", "cliënt en naaste",
                "Bestuurlijk overleg Wvggz", on), now));
        }
        for (var day = D(2016, 12, 5); day <= D(2021, 12, 31); day = day.PlusMonths(2))
        {
            s.On(day, by: DirecteurWvggz);
            var on = day;
            s.Programme(Id, (p, now) => RecordMeeting.Decide(p, BestuurlijkOverleg, DemoIds.Of($"wvggz/meeting/{on}"),
                new RecordMeeting(on, [PVws, PJenv, PGgz, PVng],
                [
                    new AgendaItemInput("Wat betekent de wet voor de cliënt?", AgendaTag.OpgaveEnPraktijk),
                    new AgendaItemInput("Planning van de invoering", AgendaTag.ProcesEnMiddelen),
                ]), now));
        }

        // source: 004 l. 4438–4442 ("Direct na de inwerkingtreding zijn er nieuwe opdrachtgevers vanuit beide departementen aangetreden");
        // invented: the new JenV opdrachtgever (demo person) and the day.
        s.On(InForce.PlusDays(6), by: Administrator);
        s.Member(Id, OpdrachtgeverJenv, MemberRole.Opdrachtgever, PJenv);
        // source: 004 l. 4450–4456 (the new opdrachtgevers wanted the programme to move "de niet-rijkspartijen" faster); invented: which
        // parties joined, and that their role and interest were never recorded — the recontracting that did not happen (l. 4464–4472).
        s.On(InForce.PlusDays(20), by: OpdrachtgeverJenv);
        Partner(s, PZorgverzekeraars, "Zorgverzekeraars Nederland", Bestuurslaag.MaatschappelijkeOrganisatie, PartnerRole.Ketenpartner, InForce.PlusDays(20));
        Partner(s, PInspectie, "Inspectie Gezondheidszorg en Jeugd", Bestuurslaag.Uitvoeringsorganisatie, PartnerRole.StaandeOrganisatie, InForce.PlusDays(20));

        // source: 004 l. 4442–4462 (departmental programme vs programme of the chain; the next steps a matter of bestuurlijke onderhandelingen);
        // invented: the days, the wording, and that the escalation was never resolved.
        s.On(D(2020, 2, 10), by: DirecteurWvggz);
        s.Programme(Id, (p, now) => RaiseTension.Decide(p, AardTension, new RaiseTension("Aard van het programma",
            "De nieuwe opdrachtgevers zien een programma van de departementen; het programma is opgezet als programma van de keten.",
            "Programmadirecteur", D(2020, 2, 10)), now));
        // The same lines as dissent on the opgave itself: the new opdrachtgever (JenV) does not share the opgave as formulated
        // (a programme of the chain) but sees "een programma van de departementen (type rechtsboven)" (004 l. 4442–4446); its
        // endorsement of 2016 no longer stands. invented: that JenV records it, and the day.
        s.On(D(2020, 2, 10), by: OpdrachtgeverJenv, hour: 14);
        s.Programme(Id, (p, now) => RecordOpgaveDissent.Decide(p, PJenv, new RecordOpgaveDissent(D(2020, 2, 10),
            "Wij zien een programma van de departementen (type rechtsboven), niet van de keten; het programma moet de niet-rijkspartijen bewegen tot snellere realisatie."), now));
        s.On(D(2020, 2, 24), by: DirecteurWvggz);
        s.Programme(Id, (p, now) => DiscussTension.Decide(p, AardTension, new DiscussTension("Bestuurlijk overleg Wvggz", D(2020, 2, 24)), now));
        s.On(D(2020, 3, 9), by: DirecteurWvggz);
        s.Programme(Id, (p, now) => EscalateTension.Decide(p, AardTension, new EscalateTension(BestuurlijkOverleg, D(2020, 3, 9)), now));
        s.LogDecision(Id, RoleDecision, new LogDecision("Rol van het programma na de inwerkingtreding",
            "Nieuwe opdrachtgevers vragen het programma de niet-rijkspartijen te bewegen tot snellere realisatie.",
            [new DecisionOption("Programma jaagt de niet-rijkspartijen aan", "Tempo", "Past niet bij een programma van de keten"),
             new DecisionOption("Programma ondersteunt bestuurlijke onderhandelingen", "Past bij de keten", "Trager")],
            "Programma jaagt de niet-rijkspartijen aan", "Voorstel van de nieuwe opdrachtgevers.",
            new DecidedByInput(BestuurlijkOverleg, null), null, D(2020, 3, 9), [Recommendation.CreeerDoorzettingskracht], "", null,
            DecisionStatus.Proposed, new WooInput(true, null)));
        s.On(D(2020, 3, 16), by: PartnerGgz);
        s.Decision(Id, RoleDecision, (d, p, now) => RecordPartnerPosition.Decide(d, p, new RecordPartnerPosition(PGgz, PartnerPosition.Dissents,
            "Het programma is opgezet als programma van de keten; de volgende stappen zijn een zaak van bestuurlijke onderhandelingen, ondersteund door het programma."), now, Ref(PartnerGgz)));
        s.On(D(2020, 3, 18), by: OpdrachtgeverJenv);
        s.Decision(Id, RoleDecision, (d, p, now) => RecordPartnerPosition.Decide(d, p, new RecordPartnerPosition(PJenv, PartnerPosition.Agrees, null), now, Ref(OpdrachtgeverJenv)));

        // source: 004 l. 4468–4472 ("de Corona-restricties ook niet hielpen om hierover het goede gesprek te voeren"); invented: days.
        s.On(D(2020, 3, 1), by: DirecteurWvggz);
        s.ReflectionCancelled(Id, "Reflectie in de keten", D(2020, 3, 20), "Wim Waarnemer", "Coronamaatregelen: bijeenkomst afgelast.");
        s.ReflectionCancelled(Id, "Reflectie in de keten", D(2020, 5, 8), "Wim Waarnemer", "Geen overeenstemming over de agenda met de opdrachtgevers.");

        // source: 004 l. 4464–4472 ("Het is helaas niet gelukt om het ‘oude’ contract met de vorige opdrachtgevers herbevestigd te krijgen
        // met de nieuwe opdrachtgevers"): recorded as explicitly not reconfirmed with both departments; invented: the day (after the
        // cancelled sessions) and the wording.
        s.On(D(2020, 6, 1), by: DirecteurWvggz);
        foreach (var department in new[] { PVws, PJenv })
            s.Programme(Id, (p, now) => RecordOpdrachtReconfirmation.Decide(p, department, new RecordOpdrachtReconfirmation(false, D(2020, 6, 1),
                "Het ‘oude’ contract is met de nieuwe opdrachtgevers niet herbevestigd; de Corona-restricties hielpen niet om het goede gesprek te voeren."), now));

        // source: 004 l. 4428–4438 (Kees Keuzenkamp withdrew as programme director after the entry into force); invented: the day.
        s.On(D(2020, 9, 1), by: OpdrachtgeverJenv);
        // The same lines as strain on the opdrachtnemer: the director left. The source records no follow-up by the opdrachtgever.
        s.Programme(Id, (p, now) => RecordOpdrachtnemerStrain.Decide(p, DirectorWithdrew, new RecordOpdrachtnemerStrain(OpdrachtnemerStrain.DirectorLeft,
            "Het ontbreken van overeenstemming met de opdrachtgever over de aard van het programma was aanleiding voor de programmadirecteur om zich terug te trekken.",
            D(2020, 9, 1)), now));
        s.Programme(Id, (p, now) => RecordTeamMemberDeparture.Decide(p, DemoIds.Of("wvggz/team/directeur"), new RecordTeamMemberDeparture(D(2020, 9, 1)), now));
        s.Programme(Id, (p, now) => AddTeamMember.Decide(p, DemoIds.Of("wvggz/team/waarnemer"),
            new AddTeamMember("Wim Waarnemer", "Waarnemend programmadirecteur", ["ketenregie"], 0.5m), now));
        // Deliberately no new mandate, no resolution and no decision on continuation (the contract was not reconfirmed).
    }

    private static void Partner(DemoScript s, Guid id, string name, Bestuurslaag layer, PartnerRole role, LocalDate joined) =>
        s.Programme(Id, (p, now) => AddPartner.Decide(p, id, new AddPartner(name, layer, role, joined), now));
}
