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
/// A programme that is live today, next to the three historical cases: wholly invented (its name and opgave say so),
/// its history written relative to the day the demo is first loaded (<c>today</c>, from the injected clock), so the
/// first screen shows a current portfolio — a session coming up, a decision due for review, an open tension — and
/// not only programmes whose end lies years back. Intended health: mixed, as a programme in its first year is.
/// </summary>
public static class LiveDemo
{
    public static readonly Guid Id = DemoIds.Of("programme/live");

    public const string Name = "Samen Thuis in de Wijk (verzonnen voorbeeld)";

    /// <summary>The opgave says what the programme is: invented, its history counted back from the day of loading.</summary>
    private const string Opgave = "Verzonnen voorbeeldprogramma: huiselijk geweld in de wijk eerder zien en samen aanpakken. " +
                                  "Zijn geschiedenis is bedacht en telt terug vanaf de dag waarop de demo werd geladen.";

    private static readonly Guid PVws = DemoIds.Of("live/partner/vws");
    private static readonly Guid PVng = DemoIds.Of("live/partner/vng");
    private static readonly Guid PGemeente = DemoIds.Of("live/partner/gemeente");
    private static readonly Guid PVeiligThuis = DemoIds.Of("live/partner/veilig-thuis");
    private static readonly Guid PGgd = DemoIds.Of("live/partner/ggd");
    private static readonly Guid Wijkberaad = DemoIds.Of("live/body/wijkberaad");
    public static readonly Guid ReviewDecision = DemoIds.Of("live/decision/wijkteams");
    public static readonly Guid UpcomingSession = DemoIds.Of("live/reflection/upcoming");
    private static readonly Guid CapacityTension = DemoIds.Of("live/tension/capaciteit");
    private static readonly Guid Wijkpanel = DemoIds.Of("live/arrangement/wijkpanel");

    private static readonly Guid[] All = [PVws, PVng, PGemeente, PVeiligThuis, PGgd];

    /// <param name="today">The day the demo is loaded: every date below is counted from it; nothing happens after it.</param>
    public static void Write(DemoScript s, LocalDate today)
    {
        var start = today.PlusMonths(-9).With(DateAdjusters.StartOfMonth);
        var plannedEnd = today.PlusMonths(15).With(DateAdjusters.EndOfMonth);

        s.On(start.PlusDays(-14), by: Administrator);
        s.StartProgramme(Id, new RegisterProgramme(Name, Opgave, "Ministerie van VWS", start, plannedEnd));

        s.On(start, by: Administrator);
        Partner(s, start, PVws, "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever);
        Partner(s, start, PVng, "VNG", Bestuurslaag.Koepel, PartnerRole.Opdrachtgever);
        Partner(s, start, PGemeente, "Gemeente Voorbeeldstad (verzonnen)", Bestuurslaag.Gemeente, PartnerRole.Ketenpartner);
        Partner(s, start, PVeiligThuis, "Landelijk Netwerk Veilig Thuis", Bestuurslaag.MaatschappelijkeOrganisatie, PartnerRole.Ketenpartner);
        Partner(s, start, PGgd, "GGD Voorbeeldregio (verzonnen)", Bestuurslaag.MaatschappelijkeOrganisatie, PartnerRole.Ketenpartner);
        s.Member(Id, OpdrachtgeverVws, MemberRole.Opdrachtgever, PVws);
        s.Member(Id, DirecteurGhnt, MemberRole.Programmadirecteur);
        s.Member(Id, Procesbegeleider, MemberRole.Procesbegeleider);
        s.Member(Id, PartnerVng, MemberRole.Partner, PVng);
        s.Member(Id, Meelezer, MemberRole.Meelezer);

        s.On(start.PlusDays(3), by: OpdrachtgeverVws);
        s.Programme(Id, (p, now) => CommitFunding.Decide(p, DemoIds.Of("live/funding/vws"),
            new CommitFunding(PVws, 4_500_000m, start, plannedEnd, FundingKind.Tijdelijk), now));

        s.On(start.PlusDays(10), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => FormulateOpgave.Decide(p, new FormulateOpgave(
            Opgave,
            "Binnen twee jaar werken wijkteams, Veilig Thuis en de GGD in elke wijk van Voorbeeldstad met één plan per gezin.",
            "Minder herhaald geweld in gezinnen die al in beeld zijn.",
            "De Wet verplichte meldcode en de afspraken in de regio.",
            "De wijken kiezen hun eigen volgorde; het programma verbindt en agendeert knelpunten."), now));
        s.Programme(Id, (p, now) => JustifyProgrammeForm.Decide(p, new JustifyProgrammeForm(
            "Geen partij kan dit alleen: gemeente, Veilig Thuis en GGD moeten in de wijk samenwerken.",
            "Een project van de gemeente alleen."), now));
        s.Programme(Id, (p, now) => ChooseFocusLevel.Decide(p, new ChooseFocusLevel(FocusLevel.Regionaal,
            "De aanpak moet in de wijken van één regio landen."), now));
        s.Programme(Id, (p, now) => EstablishGovernanceBody.Decide(p, Wijkberaad, new EstablishGovernanceBody(
            "Wijkberaad", BodyKind.Stuurgroep, "Partners sturen samen op de aanpak in de wijk.", 6, Enum.GetValues<DoorzettingsAspect>()), now));
        foreach (var partner in All)
        {
            s.Programme(Id, (p, now) => AddBodyMember.Decide(p, Wijkberaad, new AddBodyMember(partner), now));
            s.Programme(Id, (p, now) => RecordPartnerInterest.Decide(p, partner, new RecordPartnerInterest(
                "Gezinnen in de wijk eerder en beter helpen", "Mensen in de wijkteams en kennis van de eigen praktijk"), now));
        }
        // Not every partner endorsed the opgave yet: a programme in its first year.
        foreach (var partner in new[] { PVws, PVng, PGemeente })
            s.Programme(Id, (p, now) => EndorseOpgave.Decide(p, partner, new EndorseOpgave(start.PlusDays(10)), now));

        // All invented, like the whole programme: the governance events a programme in its first year records.
        // A wijkbudget as means instrument, and a standing panel of ervaringsdeskundigen from the second month.
        s.On(start.PlusMonths(1), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => EstablishMeansInstrument.Decide(p, DemoIds.Of("live/instrument/wijkbudget"), new EstablishMeansInstrument(
            "Wijkbudget voor de wijkteams", MeansInstrumentKind.Anders, start.PlusMonths(1)), now));
        s.Programme(Id, (p, now) => EstablishLivedExperienceArrangement.Decide(p, Wijkpanel, new EstablishLivedExperienceArrangement(
            "Wijkpanel ervaringsdeskundigen (verzonnen)", "gezinnen die huiselijk geweld meemaakten", start.PlusMonths(1)), now));

        s.On(start.PlusMonths(3), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => ChangePhase.Decide(p, new ChangePhase(ProgrammePhase.Uitvoering, start.PlusMonths(3), "De eerste wijken beginnen."), now));

        // Reflection every six weeks up to last week; personal contact each quarter.
        for (var day = start.PlusDays(30); day < today.PlusDays(-7); day = day.PlusWeeks(6))
            s.ReflectionHeld(Id, "Reflectie: werkt de aanpak in de wijk?", day, "Pim Proces",
                [DirecteurGhnt, OpdrachtgeverVws, PartnerVng], [ReflectionQuestion.BalansTussenPartijen, ReflectionQuestion.SamenLeren],
                "Wat de wijkteams nodig hebben en waar de partners elkaar missen.");
        for (var day = start.PlusDays(20); day < today; day = day.PlusMonths(3))
        {
            s.On(day, by: DirecteurGhnt);
            var on = day;
            foreach (var partner in All)
                s.Programme(Id, (p, now) => RecordPersonalConnection.Decide(p, new RecordPersonalConnection(partner, on), now));
        }

        // A decision whose review comes within the month, and an open tension: what the portfolio lists today.
        var decidedOn = today.PlusDays(-60);
        s.On(decidedOn, by: DirecteurGhnt);
        s.LogDecision(Id, ReviewDecision, new LogDecision("Eén wijkteam per wijk als vast aanspreekpunt",
            "Gezinnen weten niet bij wie ze terecht kunnen; partners werken langs elkaar heen.",
            [new DecisionOption("Eén wijkteam per wijk", "Eén aanspreekpunt voor gezin en partners", "Vraagt herverdeling van mensen"),
             new DecisionOption("Per partner een eigen loket", "Niets hoeft te veranderen", "Gezinnen blijven zoeken")],
            "Eén wijkteam per wijk", "Het gezin ziet één team, de partners werken daarachter samen.",
            new DecidedByInput(Wijkberaad, null), null, decidedOn, [Recommendation.HandelDaarWaarNodig], "Gezinnen vinden sneller hulp.",
            today.PlusDays(20), DecisionStatus.Taken, new WooInput(true, null)));

        s.On(today.PlusDays(-20), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => RaiseTension.Decide(p, CapacityTension, new RaiseTension("Capaciteit van de wijkteams",
            "De wijkteams hebben te weinig mensen om de gezinnen uit het plan te volgen.", "Wijkberaad", today.PlusDays(-20)), now));
        // invented: the wijkberaad cannot add people to the wijkteams, so the tension goes to the opdrachtgevers; no answer yet.
        s.On(today.PlusDays(-10), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => EscalateTension.Decide(p, CapacityTension, new EscalateTension(null, today.PlusDays(-10),
            "De opdrachtgevers (VWS en VNG)"), now));

        // invented: Veilig Thuis endorsed the opgave in the fifth month and withdrew that when the one-plan-per-family ambition
        // was read as taking over its statutory task; the GGD records that it does not share the ambition's two-year horizon.
        s.On(start.PlusMonths(5), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => EndorseOpgave.Decide(p, PVeiligThuis, new EndorseOpgave(start.PlusMonths(5)), now));
        s.On(today.PlusDays(-40), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => WithdrawOpgaveEndorsement.Decide(p, PVeiligThuis, new WithdrawOpgaveEndorsement(today.PlusDays(-40),
            "‘Eén plan per gezin’ lijkt de wettelijke taak van Veilig Thuis over te nemen; eerst afspraken over wie wat doet."), now));
        s.On(today.PlusDays(-30), by: DirecteurGhnt);
        s.Programme(Id, (p, now) => RecordOpgaveDissent.Decide(p, PGgd, new RecordOpgaveDissent(today.PlusDays(-30),
            "Twee jaar is te kort om in elke wijk met één plan per gezin te werken."), now));

        // The next session, planned two days ago for the week after next: "Komende reflectiesessies" is not empty.
        s.On(today.PlusDays(-2), by: Procesbegeleider, hour: 10);
        var next = today.PlusDays(12);
        s.ScheduleSession(Id, UpcomingSession, new ScheduleReflectionSession("Reflectie: wat vraagt de capaciteit van ons?",
            next.At(new LocalTime(14, 0)).ToString("yyyy-MM-dd'T'HH:mm", null), 120, "Stadskantoor Voorbeeldstad", "Pim Proces",
            [Ref(DirecteurGhnt).Name, Ref(OpdrachtgeverVws).Name, Ref(PartnerVng).Name])
        { InviteePersonIds = [DirecteurGhnt, OpdrachtgeverVws, PartnerVng] });
    }

    private static void Partner(DemoScript s, LocalDate start, Guid id, string name, Bestuurslaag layer, PartnerRole role) =>
        s.Programme(Id, (p, now) => AddPartner.Decide(p, id, new AddPartner(name, layer, role, start), now));
}
