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
/// Geweld Hoort Nergens Thuis (GHNT), 2018–2022, after "Lessen die je raken" (004 l. 339) in seed 004 (l. 493–776). The source
/// gives years, not days: every exact day below is invented and marked so. Intended health: mixed — a good start
/// without a borging plan (rec. 1 and 10 oranje), a red stretch during the escalation over the subsidieregeling,
/// reflection lost to urgency in spring 2020, and rec. 10 rood once the end nears and after the extension without
/// a decision on continuation.
/// </summary>
public static class GhntDemo
{
    public static readonly Guid Id = DemoIds.Of("programme/ghnt");

    private static readonly Guid PVws = DemoIds.Of("ghnt/partner/vws");
    private static readonly Guid PJenv = DemoIds.Of("ghnt/partner/jenv");
    private static readonly Guid PVng = DemoIds.Of("ghnt/partner/vng");
    private static readonly Guid PVeiligThuis = DemoIds.Of("ghnt/partner/lnvt");
    private static readonly Guid PPolitie = DemoIds.Of("ghnt/partner/politie");
    private static readonly Guid POm = DemoIds.Of("ghnt/partner/om");
    private static readonly Guid PRvdk = DemoIds.Of("ghnt/partner/rvdk");
    private static readonly Guid PRegioNoord = DemoIds.Of("ghnt/partner/regio-noord");
    private static readonly Guid PRegioZuid = DemoIds.Of("ghnt/partner/regio-zuid");
    private static readonly Guid Opdrachtgeversoverleg = DemoIds.Of("ghnt/body/opdrachtgevers");
    private static readonly Guid Ketenoverleg = DemoIds.Of("ghnt/body/keten");
    private static readonly Guid SubsidieTension = DemoIds.Of("ghnt/tension/subsidie");
    private static readonly Guid BorgingTension = DemoIds.Of("ghnt/tension/borging");
    public static readonly Guid SubsidieDecision = DemoIds.Of("ghnt/decision/subsidieregeling");
    private static readonly Guid SpiegelgroepDecision = DemoIds.Of("ghnt/decision/spiegelgroep");
    private static readonly Guid ExtensionDecision = DemoIds.Of("ghnt/decision/verlenging");
    private static readonly Guid ThreatToResign = DemoIds.Of("ghnt/strain/dreigde-op-te-stappen");
    private static readonly Guid Spiegelgroep = DemoIds.Of("ghnt/arrangement/spiegelgroep");

    private static readonly Guid[] Opdrachtgevers = [PVws, PJenv, PVng];
    private static readonly Guid[] Ketenpartners = [PVeiligThuis, PPolitie, POm, PRvdk];
    private static readonly Guid[] Regios = [PRegioNoord, PRegioZuid];
    private static readonly LocalDate RegiosJoined = D(2019, 3, 15); // invented: the day; source: 004 l. 721–727 (regional project leaders via the subsidieregeling)

    private const string Opgave =
        "Huiselijk geweld en kindermishandeling terugdringen, de schade ervan beperken en zo de cirkel van geweld, de overdracht van generatie op generatie, doorbreken.";

    public static void Write(DemoScript s)
    {
        // source: 004 l. 494–496 (start 2018, "in principe tot 31 december 2021"), l. 528–534 (opgave); invented: 15 March / 1 April.
        s.On(D(2018, 3, 15), by: Administrator);
        s.StartProgramme(Id, new RegisterProgramme("Geweld hoort nergens thuis (GHNT)", Opgave, "Ministerie van VWS", D(2018, 4, 1), D(2021, 12, 31)));

        // source: 004 l. 613 (opdrachtgevers VWS, JenV, VNG), l. 613–621 (participating organisations); invented: the day they joined.
        s.On(D(2018, 4, 1), by: Administrator);
        Partner(s, PVws, "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever);
        Partner(s, PJenv, "Ministerie van JenV", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever);
        Partner(s, PVng, "VNG", Bestuurslaag.Koepel, PartnerRole.Opdrachtgever);
        Partner(s, PVeiligThuis, "Landelijk Netwerk Veilig Thuis", Bestuurslaag.MaatschappelijkeOrganisatie, PartnerRole.Ketenpartner);
        Partner(s, PPolitie, "Nationale Politie", Bestuurslaag.Uitvoeringsorganisatie, PartnerRole.Ketenpartner);
        Partner(s, POm, "Openbaar Ministerie", Bestuurslaag.Uitvoeringsorganisatie, PartnerRole.Ketenpartner);
        Partner(s, PRvdk, "Raad voor de Kinderbescherming", Bestuurslaag.Uitvoeringsorganisatie, PartnerRole.Ketenpartner);

        // invented: the demo people and their roles (names invented; see DemoPeople).
        s.Member(Id, OpdrachtgeverVws, MemberRole.Opdrachtgever, PVws);
        s.Member(Id, DirecteurGhnt, MemberRole.Programmadirecteur);
        s.Member(Id, Procesbegeleider, MemberRole.Procesbegeleider);
        s.Member(Id, PartnerVeiligThuis, MemberRole.Partner, PVeiligThuis);
        s.Member(Id, PartnerVng, MemberRole.Partner, PVng);
        s.Member(Id, Ervaringsdeskundige, MemberRole.Ervaringsdeskundige);
        s.Member(Id, Meelezer, MemberRole.Meelezer);

        // source: 004 l. 622–629 (financing "met name VWS"); invented: the amount and the day.
        s.On(D(2018, 4, 10), by: OpdrachtgeverVws);
        s.Programme(Id, (p, now) => CommitFunding.Decide(p, DemoIds.Of("ghnt/funding/2018"),
            new CommitFunding(PVws, 32_000_000m, D(2018, 4, 1), D(2021, 12, 31), FundingKind.Tijdelijk), now));

        // source: 004 l. 645–667 (team "minder dan 10 fte"; veranderkundige, juridische kennis); invented: the split.
        s.On(D(2018, 4, 12), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => AddTeamMember.Decide(p, DemoIds.Of("ghnt/team/directeur"),
            new AddTeamMember("Dana Directeur", "Programmadirecteur", ["leiderschap", "interbestuurlijk werken"], 1.0m), now));
        s.Programme(Id, (p, now) => AddTeamMember.Decide(p, DemoIds.Of("ghnt/team/veranderkundige"),
            new AddTeamMember("Vacature veranderkundige (fictief)", "Veranderkundige", ["veranderkunde"], 1.0m), now));
        s.Programme(Id, (p, now) => AddTeamMember.Decide(p, DemoIds.Of("ghnt/team/jurist"),
            new AddTeamMember("Vacature jurist (fictief)", "Juridisch adviseur", ["juridisch", "probleemkennis huiselijk geweld"], 0.8m), now));

        // source: 004 l. 528–534, 584–590 (opgave quoted from the plan van aanpak); invented: the day, ambition wording.
        s.On(D(2018, 4, 20), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => FormulateOpgave.Decide(p, new FormulateOpgave(Opgave,
            "De cirkel van geweld doorbreken: de overdracht van generatie op generatie stoppen.",
            "Minder huiselijk geweld en kindermishandeling, en minder schade bij wie het overkomt.",
            "Bestaande wetgeving en de verantwoordelijkheid van gemeenten voor de aanpak.",
            "Ruimte voor regio's om de aanpak naar eigen situatie in te richten."), now));

        // source: 004 l. 552–566 (Taskforce Kindermishandeling ended 2018: "het is me niet gelukt", "de aanpak moet radicaal anders"); invented: the day.
        s.On(D(2018, 5, 1), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => JustifyProgrammeForm.Decide(p, new JustifyProgrammeForm(
            "Na het einde van de Taskforce Kindermishandeling ('het is me niet gelukt') lukt het de bestaande organisaties afzonderlijk niet de cirkel van geweld te doorbreken; de aanpak moet radicaal anders.",
            "De Taskforce voortzetten; de aanpak overlaten aan de afzonderlijke departementen en gemeenten."), now));

        // invented: names, purposes, frequencies and days of the bodies; source: 004 l. 613–643 (opdrachtgevers steer, VNG represents municipalities).
        s.Programme(Id, (p, now) => EstablishGovernanceBody.Decide(p, Opdrachtgeversoverleg, new EstablishGovernanceBody(
            "Opdrachtgeversoverleg", BodyKind.Opdrachtgeversberaad, "Sturen op de opgave en de voortgang; besluiten over middelen en koers.", 6,
            Enum.GetValues<DoorzettingsAspect>()), now));
        s.Programme(Id, (p, now) => EstablishGovernanceBody.Decide(p, Ketenoverleg, new EstablishGovernanceBody(
            "Ketenoverleg", BodyKind.Programmaraad, "Afstemming met de ketenpartners en regio's over de aanpak in de praktijk.", 6,
            [DoorzettingsAspect.Beleidsmatig]), now));
        foreach (var partner in Opdrachtgevers) s.Programme(Id, (p, now) => AddBodyMember.Decide(p, Opdrachtgeversoverleg, new AddBodyMember(partner), now));
        foreach (var partner in Ketenpartners) s.Programme(Id, (p, now) => AddBodyMember.Decide(p, Ketenoverleg, new AddBodyMember(partner), now));

        // source: 004 l. 568–591 ("niet primair om het ontwikkelen van nieuw beleid maar om de aanpak in de regio"); invented: the day.
        s.On(D(2018, 5, 15), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => ChooseFocusLevel.Decide(p, new ChooseFocusLevel(FocusLevel.Regionaal,
            "Het gaat niet primair om het ontwikkelen van nieuw beleid maar om de aanpak in de regio."), now));

        // invented: interests, contributions, endorsements and learning goals per partner (the source names the partners, not their words).
        s.On(D(2018, 5, 20), by: DirecteurGhnt);
        foreach (var partner in Opdrachtgevers.Concat(Ketenpartners))
        {
            s.Programme(Id, (p, now) => RecordPartnerInterest.Decide(p, partner, new RecordPartnerInterest(
                "Minder geweld in gezinnen en een sluitende aanpak", "Inzet van mensen en kennis in de eigen keten"), now));
            s.Programme(Id, (p, now) => SetLearningGoal.Decide(p, partner, DemoIds.Of($"ghnt/goal/{partner}"),
                new SetLearningGoal("Leren samenwerken met de regio vanuit de leefwereld van gezinnen"), now));
        }
        // invented: the Openbaar Ministerie did not (yet) endorse the shared opgave — one of seven, so rec. 2 stays oranje.
        s.On(D(2018, 5, 30), by: DirecteurGhnt);
        foreach (var partner in Opdrachtgevers.Concat(Ketenpartners).Where(x => x != POm))
            s.Programme(Id, (p, now) => EndorseOpgave.Decide(p, partner, new EndorseOpgave(D(2018, 5, 30)), now));

        // source: 004 l. 679–687 (the subsidieregeling "niet zonder slag of stoot"; "moeizame samenwerking met VWS");
        // invented: the decision's wording, options, positions and days.
        s.On(D(2018, 6, 1), by: DirecteurGhnt);
        s.LogDecision(Id, SubsidieDecision, new LogDecision(
            "Regionale aanpak ondersteunen met een subsidieregeling voor regionale projectleiders",
            "De aanpak moet in de regio landen; regio's hebben daarvoor capaciteit nodig.",
            [
                new DecisionOption("Subsidieregeling voor regionale projectleiders", "Capaciteit in elke regio; regio's kiezen zelf", "Verantwoording van subsidies kost tijd"),
                new DecisionOption("Landelijke ondersteuning vanuit het programmateam", "Snel en eenvoudig", "Minder eigenaarschap in de regio"),
            ],
            "Subsidieregeling voor regionale projectleiders",
            "Eigenaarschap in de regio weegt zwaarder dan de extra verantwoordingslast.",
            new DecidedByInput(Opdrachtgeversoverleg, null), null, D(2018, 6, 1),
            [Recommendation.HandelDaarWaarNodig, Recommendation.OrganiseerPassendeMiddelen],
            "Elke regio heeft een projectleider voor de aanpak.", D(2019, 6, 1), DecisionStatus.Proposed, new WooInput(true, null)));
        s.On(D(2018, 6, 8), by: PartnerVng);
        s.Decision(Id, SubsidieDecision, (d, p, now) => RecordPartnerPosition.Decide(d, p, new RecordPartnerPosition(PVng, PartnerPosition.Agrees, null), now, Ref(PartnerVng)));
        s.On(D(2018, 6, 12), by: OpdrachtgeverVws);
        s.Decision(Id, SubsidieDecision, (d, p, now) => RecordPartnerPosition.Decide(d, p, new RecordPartnerPosition(PVws, PartnerPosition.Dissents,
            "Een subsidieregeling vraagt een zorgvuldige verantwoording van rijksmiddelen; VWS wil eerst de regels van de regeling uitwerken voordat er wordt besloten."), now, Ref(OpdrachtgeverVws)));

        // Reflection every six weeks from June 2018 (invented cadence and days; source: 004 l. 1397–1399 "regelmatige momenten van reflectie").
        s.On(D(2018, 6, 1), by: Procesbegeleider);
        for (var day = D(2018, 6, 15); day <= D(2020, 2, 21); day = day.PlusWeeks(6)) Reflect(s, day);

        // Personal contact rounds every quarter (invented); during the 2020 lockdowns only with the opdrachtgevers (invented).
        for (var day = D(2018, 6, 20); day <= D(2022, 9, 30); day = day.PlusMonths(3))
        {
            s.On(day, by: DirecteurGhnt);
            var on = day; // the lambdas run later, at load: capture this round's day, not the loop variable
            var withWhom = day.Year == 2020 ? Opdrachtgevers
                : Opdrachtgevers.Concat(Ketenpartners).Concat(day >= RegiosJoined ? Regios : []).ToArray();
            foreach (var partner in withWhom)
                s.Programme(Id, (p, now) => RecordPersonalConnection.Decide(p, new RecordPersonalConnection(partner, on), now));
            // A care moment with the team each quarter (invented; source: 004 l. 1367–1371 "stoom van de ketel halen").
            s.Programme(Id, (p, now) => RecordVitalityCheck.Decide(p, new RecordVitalityCheck(on, "Kwartaalgesprek met het team: hoe gaat het met ons?"), now));
        }

        // The opdrachtgeversoverleg meets every two months (invented), one in three agenda items about the opgave and praktijk.
        for (var day = D(2018, 6, 26); day <= D(2022, 10, 31); day = day.PlusMonths(2))
        {
            s.On(day, by: DirecteurGhnt);
            var meetingDay = day;
            s.Programme(Id, (p, now) => RecordMeeting.Decide(p, Opdrachtgeversoverleg, DemoIds.Of($"ghnt/meeting/{meetingDay}"),
                new RecordMeeting(meetingDay, Opdrachtgevers,
                [
                    new AgendaItemInput("Wat zien we in de regio's en bij gezinnen?", AgendaTag.OpgaveEnPraktijk),
                    new AgendaItemInput("Voortgangsrapportage", AgendaTag.ProcesEnMiddelen),
                    new AgendaItemInput("Financiën", AgendaTag.ProcesEnMiddelen),
                ]), now));
        }

        // source: 004 l. 707–711 (spiegelgroep ervaringsdeskundigheid, slachtoffers en plegers); invented: the decision wording and day.
        s.On(D(2018, 9, 14), by: DirecteurGhnt);
        s.LogDecision(Id, SpiegelgroepDecision, new LogDecision(
            "Spiegelgroep ervaringsdeskundigheid instellen", "Slachtoffers en plegers spiegelen de aanpak vanuit hun ervaring.",
            [], "Een spiegelgroep van slachtoffers en plegers", "De leefwereld hoort structureel aan tafel.",
            new DecidedByInput(Ketenoverleg, null), null, D(2018, 9, 14), [Recommendation.BlijfDeMensZien], "", null, DecisionStatus.Taken, new WooInput(true, null)));
        // source: 004 l. 709–713 (the spiegelgroep "ingericht": a standing group, no end named); invented: the day it was set up.
        s.Programme(Id, (p, now) => EstablishLivedExperienceArrangement.Decide(p, Spiegelgroep, new EstablishLivedExperienceArrangement(
            "Spiegelgroep ervaringsdeskundigheid", "slachtoffers en plegers", D(2018, 9, 14)), now));

        // The spiegelgroep brings in experience every four months (invented cadence), paused during 2020 (invented).
        for (var day = D(2018, 10, 10); day <= D(2022, 10, 31); day = day.PlusMonths(4))
        {
            if (day.Year == 2020) continue;
            s.On(day, by: Ervaringsdeskundige);
            var on = day;
            s.Programme(Id, (p, now) => RecordLivedExperience.Decide(p, new RecordLivedExperience("Spiegelgroep", "slachtoffers en plegers",
                "Opdrachtgeversoverleg", on), now));
        }

        // source: 004 l. 679–687 ("In de op dat moment moeizame samenwerking met VWS heeft de toenmalige programmadirecteur gedreigd op te
        // stappen"); invented: the days, the wording and that it was escalated to the opdrachtgeversoverleg.
        s.On(D(2018, 9, 3), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => RaiseTension.Decide(p, SubsidieTension, new RaiseTension("Subsidieregeling",
            "De totstandkoming van de subsidieregeling loopt vast in de samenwerking met VWS; de programmadirecteur overweegt op te stappen.",
            "Programmadirecteur", D(2018, 9, 3)), now));
        // The same lines: the threat to resign is strain on the opdrachtnemer of its own (004 l. 2083–2087: "Ook bewaak je de
        // kracht en gezondheid van de opdrachtnemer"); recorded by the opdrachtgever (VWS), the day invented.
        s.On(D(2018, 9, 3), by: OpdrachtgeverVws, hour: 14);
        s.Programme(Id, (p, now) => RecordOpdrachtnemerStrain.Decide(p, ThreatToResign, new RecordOpdrachtnemerStrain(
            OpdrachtnemerStrain.DirectorThreatenedToResign,
            "In de moeizame samenwerking met VWS over de subsidieregeling dreigt de programmadirecteur op te stappen.",
            D(2018, 9, 3)), now));
        s.On(D(2018, 10, 1), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => EscalateTension.Decide(p, SubsidieTension, new EscalateTension(Opdrachtgeversoverleg, D(2018, 10, 1)), now));
        s.On(D(2019, 1, 15), by: OpdrachtgeverVws);
        s.Programme(Id, (p, now) => ResolveTension.Decide(p, SubsidieTension, new ResolveTension(
            "De regeling is vastgesteld met afspraken over verantwoording; de programmadirecteur blijft.", D(2019, 1, 15)), now));
        s.Decision(Id, SubsidieDecision, (d, p, now) => TakeDecision.Decide(d, p, new TakeDecision(D(2019, 1, 15)), now));
        // invented: the follow-up (the source says only that the director threatened to resign; the tension's resolution above
        // says the director stays) and its day; the scheme itself is the source's (004 l. 721–727), the day it was set is invented.
        s.Programme(Id, (p, now) => FollowUpOpdrachtnemerStrain.Decide(p, ThreatToResign, new FollowUpOpdrachtnemerStrain(
            "Gesprek tussen de DG en de programmadirecteur; afspraken over de verantwoording van de regeling.", D(2019, 1, 15)), now));
        s.Programme(Id, (p, now) => EstablishMeansInstrument.Decide(p, DemoIds.Of("ghnt/instrument/subsidieregeling"), new EstablishMeansInstrument(
            "Subsidieregeling regionale projectleiders", MeansInstrumentKind.Subsidieregeling, D(2019, 1, 15)), now));

        // source: 004 l. 721–727 (regional project leaders of cooperating municipalities via the subsidieregeling); invented: the two regions and days.
        s.On(RegiosJoined, by: DirecteurGhnt);
        Partner(s, PRegioNoord, "Samenwerkende gemeenten regio Noord (fictief)", Bestuurslaag.Gemeente, PartnerRole.Ketenpartner, RegiosJoined);
        Partner(s, PRegioZuid, "Samenwerkende gemeenten regio Zuid (fictief)", Bestuurslaag.Gemeente, PartnerRole.Ketenpartner, RegiosJoined);
        foreach (var partner in Regios)
        {
            s.Programme(Id, (p, now) => RecordPartnerInterest.Decide(p, partner, new RecordPartnerInterest(
                "Een regionale aanpak die past bij de eigen gemeenten", "Een regionale projectleider"), now));
            s.Programme(Id, (p, now) => EndorseOpgave.Decide(p, partner, new EndorseOpgave(RegiosJoined), now));
            s.Programme(Id, (p, now) => SetLearningGoal.Decide(p, partner, DemoIds.Of($"ghnt/goal/{partner}"),
                new SetLearningGoal("Leren van de andere regio's"), now));
            s.Programme(Id, (p, now) => AddBodyMember.Decide(p, Ketenoverleg, new AddBodyMember(partner), now));
        }

        // source: 004 l. 721–727 ("de beschikking konden krijgen over regionaal projectleiders"); invented: the day (the regions joining).
        s.On(RegiosJoined, by: DirecteurGhnt, hour: 14);
        s.Programme(Id, (p, now) => EstablishMeansInstrument.Decide(p, DemoIds.Of("ghnt/instrument/projectleiders"), new EstablishMeansInstrument(
            "Regionale projectleiders in de samenwerkende gemeenten", MeansInstrumentKind.RegionaleProjectleiders, RegiosJoined), now));

        // Spring 2020: reflection gives way to urgency (invented days; source: 004 l. 7009–7010 "Urgent ... gaat voor belangrijk (reflectie)").
        s.On(D(2020, 3, 1), by: Procesbegeleider);
        s.ReflectionCancelled(Id, "Reflectie", D(2020, 4, 3), "Pim Proces", "Kamervragen over een incident gaan voor.");
        s.ReflectionCancelled(Id, "Reflectie", D(2020, 5, 15), "Pim Proces", "Coronamaatregelen: bijeenkomst niet mogelijk.");
        // Reflection resumes online in September 2020, every six weeks (invented).
        for (var day = D(2020, 9, 4); day <= D(2022, 10, 28); day = day.PlusWeeks(6)) Reflect(s, day);

        // source: 004 l. 739–755 (Impactmonitor: 576 families; after 1.5 years violence stopped in 29%; 65% → 32%; 91% → 66%); invented: the day.
        s.On(D(2021, 5, 20), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => CelebrateSuccess.Decide(p, new CelebrateSuccess(
            "Eerste uitkomsten van de Impactmonitor: bij 29% van de 576 gevolgde gezinnen is het geweld na anderhalf jaar gestopt.", D(2021, 5, 20)), now));
        // The same lines: the effect measured (rec. 10), by the Impactmonitor of the onderzoekscommissie (004 l. 733–751).
        s.Programme(Id, (p, now) => RecordEffectMeasured.Decide(p, new RecordEffectMeasured("Impactmonitor (576 gevolgde gezinnen, CBS)",
            "Na anderhalf jaar is bij 29% van de gezinnen het geweld volledig gestopt; partnergeweld van 65% naar 32%, kindermishandeling van 91% naar 66%.",
            D(2021, 5, 20)), now));

        // source: 004 l. 689–693 ("strubbelingen" over "het borgen en mogelijk voortzetten van het programma"); invented: days and wording.
        s.On(D(2021, 6, 1), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => RaiseTension.Decide(p, BorgingTension, new RaiseTension("Borging en voortzetting",
            "Programmateam en ministerie denken verschillend over het borgen en mogelijk voortzetten van het programma.", "Programmateam", D(2021, 6, 1)), now));
        s.On(D(2021, 7, 6), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => DiscussTension.Decide(p, BorgingTension, new DiscussTension("Opdrachtgeversoverleg", D(2021, 7, 6)), now));

        // source: 004 l. 498–500 ("De looptijd is nu met een jaar verlengd, waarbij de vraag nog openstaat of het programma in de huidige of in
        // gewijzigde vorm wordt voortgezet"); invented: the days; the new end 31-12-2022 follows from "met een jaar".
        s.On(D(2021, 9, 28), by: OpdrachtgeverVws);
        s.LogDecision(Id, ExtensionDecision, new LogDecision("Looptijd met een jaar verlengen",
            "Geweldsproblematiek vergt een langdurige aanpak; over voortzetting is nog niet besloten.",
            [new DecisionOption("Verlengen met een jaar", "Tijd om de borging te regelen", "De vraag over voortzetting blijft open"),
             new DecisionOption("Stoppen per 31-12-2021", "Duidelijkheid", "Resultaten in de regio's nog niet geborgd")],
            "Verlengen met een jaar", "De resultaten zijn veelbelovend maar nog niet geborgd.",
            new DecidedByInput(Opdrachtgeversoverleg, null), null, D(2021, 9, 28), [Recommendation.StopGericht], "", null, DecisionStatus.Taken, new WooInput(true, null)));
        s.On(D(2021, 10, 1), by: OpdrachtgeverVws);
        s.Programme(Id, (p, now) => ExtendProgramme.Decide(p, new ExtendProgramme(D(2022, 12, 31),
            "Geweldsproblematiek vergt een langdurige aanpak; de vraag of het programma in de huidige of gewijzigde vorm wordt voortgezet staat nog open."), now));
        // invented: the amount and day of the extra year's funding.
        s.On(D(2021, 10, 15), by: OpdrachtgeverVws);
        s.Programme(Id, (p, now) => CommitFunding.Decide(p, DemoIds.Of("ghnt/funding/2022"),
            new CommitFunding(PVws, 9_000_000m, D(2022, 1, 1), D(2022, 12, 31), FundingKind.Tijdelijk), now));
        // source: 004 l. 339–342 ("Lessen die je raken", "Wat we kunnen leren van het programma Geweld hoort nergens thuis"),
        // l. 417 ("maart 2022"): the lessons shared with a wider public; invented: the day in March.
        s.On(D(2022, 3, 15), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => RecordLessonsShared.Decide(p, new RecordLessonsShared("Andere programma's en opdrachtgevers binnen de overheid (Grenzeloos Samenwerken)",
            "De publicatie ‘Lessen die je raken’: tien aanbevelingen uit GHNT.", D(2022, 3, 15)), now));
        // Deliberately no BorgingPlanRecorded and no ContinuationDecided: the source records neither (ghnt-domain.md §5.1).
    }

    private static void Partner(DemoScript s, Guid id, string name, Bestuurslaag layer, PartnerRole role, LocalDate? joined = null) =>
        s.Programme(Id, (p, now) => AddPartner.Decide(p, id, new AddPartner(name, layer, role, joined ?? D(2018, 4, 1)), now));

    private static void Reflect(DemoScript s, LocalDate day) =>
        s.ReflectionHeld(Id, "Reflectie op de samenwerking", day, "Pim Proces",
            [OpdrachtgeverVws, DirecteurGhnt, PartnerVeiligThuis, PartnerVng],
            [ReflectionQuestion.ImpactOpDeOpgave, ReflectionQuestion.KwaliteitVanDeSamenwerking],
            "Wat werkt in de regio's, en waar loopt de samenwerking vast.");
}
