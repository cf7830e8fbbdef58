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
/// Nationaal Programma Regionale Energiestrategie (NP RES), after seed 004 l. 5271–5466 and 2497–2519: an
/// interbestuurlijk programma supporting 30 energy regions, with two ministers and three koepels, housed at the Unie
/// van Waterschappen, where "niemand is de baas". Intended health: mostly groen — choices made at the start, every
/// partner at the table, regular reflection and contact, a tension named and resolved, continuation decided in time.
/// The source gives no dates: every day below is invented (the programme follows the Klimaatakkoord of 2019).
/// </summary>
public static class NpResDemo
{
    public static readonly Guid Id = DemoIds.Of("programme/npres");

    private static readonly Guid PBzk = DemoIds.Of("npres/partner/bzk");
    private static readonly Guid PEzk = DemoIds.Of("npres/partner/ezk");
    private static readonly Guid PIpo = DemoIds.Of("npres/partner/ipo");
    private static readonly Guid PVng = DemoIds.Of("npres/partner/vng");
    private static readonly Guid PUvw = DemoIds.Of("npres/partner/uvw");
    private static readonly Guid PNetbeheer = DemoIds.Of("npres/partner/netbeheer");
    private static readonly Guid PRegioFryslan = DemoIds.Of("npres/partner/fryslan");
    private static readonly Guid PRegioHollandRijnland = DemoIds.Of("npres/partner/holland-rijnland");
    private static readonly Guid Stuurgroep = DemoIds.Of("npres/body/stuurgroep");
    private static readonly Guid LoyaltyTension = DemoIds.Of("npres/tension/loyaliteit");
    private static readonly Guid WereldVanBDecision = DemoIds.Of("npres/decision/wereld-van-b");

    private static readonly Guid[] All = [PBzk, PEzk, PIpo, PVng, PUvw, PNetbeheer, PRegioFryslan, PRegioHollandRijnland];
    private static readonly LocalDate Start = D(2019, 7, 1); // invented

    public static void Write(DemoScript s)
    {
        // source: 004 l. 5337–5345 (Klimaatakkoord: CO2 halved in 2030 vs 1990; 30 energy regions each make a RES; NP RES supports them);
        // invented: the days and the planned end 31-12-2023.
        s.On(D(2019, 6, 17), by: Administrator);
        s.StartProgramme(Id, new RegisterProgramme("Nationaal Programma Regionale Energiestrategie (NP RES)",
            "De 30 energieregio's ondersteunen bij het maken en uitvoeren van hun Regionale Energiestrategie.", "Ministerie van BZK", Start, D(2023, 12, 31)));

        // source: 004 l. 5378–5384 ("niet één minister ... maar twee", "de drie koepels", office at the Unie van Waterschappen),
        // l. 5283–5287 (provincies, gemeenten, netbeheerders, het Rijk, ... waterschappen), l. 5339 (30 energieregio's);
        // invented: which two ministries, which two regions, the day.
        s.On(Start, by: Administrator);
        Partner(s, PBzk, "Ministerie van BZK", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever);
        Partner(s, PEzk, "Ministerie van EZK", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever);
        Partner(s, PIpo, "IPO", Bestuurslaag.Koepel, PartnerRole.Opdrachtgever);
        Partner(s, PVng, "VNG", Bestuurslaag.Koepel, PartnerRole.Opdrachtgever);
        Partner(s, PUvw, "Unie van Waterschappen", Bestuurslaag.Koepel, PartnerRole.Opdrachtgever);
        Partner(s, PNetbeheer, "Netbeheer Nederland", Bestuurslaag.MaatschappelijkeOrganisatie, PartnerRole.Ketenpartner);
        Partner(s, PRegioFryslan, "Energieregio Fryslân", Bestuurslaag.Provincie, PartnerRole.Ketenpartner);
        Partner(s, PRegioHollandRijnland, "Energieregio Holland Rijnland", Bestuurslaag.Gemeente, PartnerRole.Ketenpartner);
        // invented: the demo people in this programme.
        s.Member(Id, OpdrachtgeverBzk, MemberRole.Opdrachtgever, PBzk);
        s.Member(Id, DirecteurNpRes, MemberRole.Programmadirecteur);
        s.Member(Id, Procesbegeleider, MemberRole.Procesbegeleider);
        s.Member(Id, PartnerVng, MemberRole.Partner, PVng);
        s.Member(Id, Meelezer, MemberRole.Meelezer);

        // invented: amounts and days.
        s.On(Start.PlusDays(3), by: OpdrachtgeverBzk);
        s.Programme(Id, (p, now) => CommitFunding.Decide(p, DemoIds.Of("npres/funding/bzk"),
            new CommitFunding(PBzk, 20_000_000m, Start, D(2023, 12, 31), FundingKind.Tijdelijk), now));
        s.Programme(Id, (p, now) => CommitFunding.Decide(p, DemoIds.Of("npres/funding/ezk"),
            new CommitFunding(PEzk, 20_000_000m, Start, D(2023, 12, 31), FundingKind.Tijdelijk), now));

        // source: 004 l. 5343–5347 (knowledge, process support, a learning community; connect parties), l. 5279–5289 ("Dan zou dit nooit
        // gelukt zijn ... Niemand is de baas"), l. 2497–2505 (deliberately not inside one ministry); invented: the wording and days.
        s.On(Start.PlusDays(10), by: DirecteurNpRes);
        s.Programme(Id, (p, now) => FormulateOpgave.Decide(p, new FormulateOpgave(
            "De 30 energieregio's ondersteunen bij het maken en uitvoeren van hun Regionale Energiestrategie.",
            "In 2030 de CO2-uitstoot gehalveerd ten opzichte van 1990; elke regio een gedragen RES.",
            "Duurzame opwek van energie die in de regio gedragen wordt.",
            "Het Klimaatakkoord en de afspraken tussen Rijk en koepels.",
            "Elke regio kiest zijn eigen weg; het programma ondersteunt, verbindt en agendeert knelpunten."), now));
        s.Programme(Id, (p, now) => JustifyProgrammeForm.Decide(p, new JustifyProgrammeForm(
            "Geen bestuurslaag kan dit alleen: provincies, gemeenten, waterschappen, netbeheerders en Rijk moeten als gelijkwaardige partijen samenwerken.",
            "Een rijksprogramma binnen één ministerie — 'dan zou dit nooit gelukt zijn'."), now));
        s.Programme(Id, (p, now) => ChooseFocusLevel.Decide(p, new ChooseFocusLevel(FocusLevel.Regionaal,
            "Het programma ondersteunt de 30 energieregio's bij het maken van de RES'en."), now));
        s.Programme(Id, (p, now) => EstablishGovernanceBody.Decide(p, Stuurgroep, new EstablishGovernanceBody(
            "Stuurgroep NP RES", BodyKind.Stuurgroep, "Rijk en koepels sturen gelijkwaardig op de ondersteuning van de regio's.", 6,
            Enum.GetValues<DoorzettingsAspect>()), now));
        foreach (var partner in All)
        {
            s.Programme(Id, (p, now) => AddBodyMember.Decide(p, Stuurgroep, new AddBodyMember(partner), now));
            s.Programme(Id, (p, now) => RecordPartnerInterest.Decide(p, partner, new RecordPartnerInterest(
                "Een haalbare, gedragen energietransitie in de eigen regio of sector", "Kennis, mensen en afstemming met de achterban"), now));
            s.Programme(Id, (p, now) => EndorseOpgave.Decide(p, partner, new EndorseOpgave(Start.PlusDays(10)), now));
            s.Programme(Id, (p, now) => SetLearningGoal.Decide(p, partner, DemoIds.Of($"npres/goal/{partner}"),
                new SetLearningGoal("Leren samenwerken als gelijkwaardige partijen zonder baas"), now));
        }
        s.Programme(Id, (p, now) => RecordBorgingPlan.Decide(p, new RecordBorgingPlan(
        [
            new BorgingItemInput("Uitvoering van de RES'en in de regio's", PIpo),
            new BorgingItemInput("Netcapaciteit en koppelkansen", PNetbeheer),
        ]), now));

        // Reflection every six weeks, quarterly contact and care, the stuurgroep every two months with the opgave first (all invented).
        s.On(Start, by: Procesbegeleider);
        for (var day = Start.PlusDays(30); day <= D(2023, 1, 31); day = day.PlusWeeks(6))
            s.ReflectionHeld(Id, "Reflectie: werken we als gelijkwaardige partijen?", day, "Pim Proces",
                [DirecteurNpRes, OpdrachtgeverBzk, PartnerVng], [ReflectionQuestion.BalansTussenPartijen, ReflectionQuestion.SamenLeren],
                "Wat de regio's nodig hebben en hoe de partners elkaar daarin vinden.");
        for (var day = Start.PlusDays(20); day <= D(2023, 1, 31); day = day.PlusMonths(3))
        {
            s.On(day, by: DirecteurNpRes);
            var on = day;
            foreach (var partner in All)
                s.Programme(Id, (p, now) => RecordPersonalConnection.Decide(p, new RecordPersonalConnection(partner, on), now));
            s.Programme(Id, (p, now) => RecordVitalityCheck.Decide(p, new RecordVitalityCheck(on, "Teamgesprek: waar krijgen we energie van?"), now));
        }
        for (var day = Start.PlusDays(25); day <= D(2023, 1, 31); day = day.PlusMonths(2))
        {
            s.On(day, by: DirecteurNpRes);
            var on = day;
            s.Programme(Id, (p, now) => RecordMeeting.Decide(p, Stuurgroep, DemoIds.Of($"npres/meeting/{on}"),
                new RecordMeeting(on, All,
                [
                    new AgendaItemInput("Wat speelt er in de energieregio's?", AgendaTag.OpgaveEnPraktijk),
                    new AgendaItemInput("Draagvlak bij inwoners", AgendaTag.OpgaveEnPraktijk),
                    new AgendaItemInput("Voortgang en middelen", AgendaTag.ProcesEnMiddelen),
                ]), now));
        }
        // source: 004 l. 3414–3795 (burgerforum and inhabitants' survey in Súdwest-Fryslân for the RES); invented: cadence and days.
        for (var day = Start.PlusMonths(2); day <= D(2023, 1, 31); day = day.PlusMonths(4))
        {
            s.On(day, by: DirecteurNpRes);
            var on = day;
            s.Programme(Id, (p, now) => RecordLivedExperience.Decide(p, new RecordLivedExperience("Inwonerspanel", "inwoners van een energieregio",
                "Stuurgroep NP RES", on), now));
        }

        // source: 004 l. 5446–5460 (the launch of 'De Wereld van B' as a game changer); invented: the decision form and day.
        s.On(D(2020, 2, 3), by: DirecteurNpRes);
        s.LogDecision(Id, WereldVanBDecision, new LogDecision("'De Wereld van B' lanceren",
            "Een netwerk van mensen gaat in gesprek over het energiesysteem van de toekomst en de waarden eronder.",
            [], "Lanceren met een netwerk van betrokkenen", "Het gesprek over waarden verbindt partijen meer dan een plan.",
            new DecidedByInput(Stuurgroep, null), null, D(2020, 2, 3), [Recommendation.MaakVerbindingenPersoonlijk], "", null,
            DecisionStatus.Taken, new WooInput(true, null)));

        // source: 004 l. 5323–5329 (seconded staff work "voor de opgave en niet voor de organisatie die jou detacheert"); invented: days.
        s.On(D(2020, 10, 5), by: DirecteurNpRes);
        s.Programme(Id, (p, now) => RaiseTension.Decide(p, LoyaltyTension, new RaiseTension("Loyaliteit van gedetacheerden",
            "Gedetacheerde medewerkers voelen spanning tussen de opgave en de verwachtingen van hun eigen organisatie.", "Programmateam", D(2020, 10, 5)), now));
        s.On(D(2020, 10, 19), by: DirecteurNpRes);
        s.Programme(Id, (p, now) => DiscussTension.Decide(p, LoyaltyTension, new DiscussTension("Teamdag", D(2020, 10, 19)), now));
        s.On(D(2020, 12, 7), by: OpdrachtgeverBzk);
        s.Programme(Id, (p, now) => ResolveTension.Decide(p, LoyaltyTension, new ResolveTension(
            "Afspraken met de leidinggevenden van gedetacheerden: zij werken voor de opgave.", D(2020, 12, 7)), now));

        // invented: the continuation decision, in time before the planned end.
        s.On(D(2022, 11, 14), by: OpdrachtgeverBzk);
        s.Programme(Id, (p, now) => DecideContinuation.Decide(p, new DecideContinuation(ContinuationChoice.VoortzettenInAangepasteVorm,
            "De regio's gaan van strategie naar uitvoering; ondersteuning blijft nodig, in een vorm die bij de uitvoering past.", D(2022, 11, 14)), now));
    }

    private static void Partner(DemoScript s, Guid id, string name, Bestuurslaag layer, PartnerRole role) =>
        s.Programme(Id, (p, now) => AddPartner.Decide(p, id, new AddPartner(name, layer, role, Start), now));
}
