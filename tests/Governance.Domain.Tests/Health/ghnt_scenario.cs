using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Resources;
using NodaTime;

namespace Governance.Domain.Tests.Health;

/// <summary>
/// A history modelled on Geweld Hoort Nergens Thuis (004 l. 493–776; exact days are ours, the source gives years):
/// started 2018 with VWS, JenV and VNG as opdrachtgevers, a regional focus, a tense subsidieregeling, a spiegelgroep,
/// reflection lost to urgency in spring 2020, and an extension by a year without a decision on continuation
/// (l. 494–500). The expected statuses at each date, and why, were written down before running the evaluation.
/// </summary>
public class ghnt_scenario
{
    private static readonly Guid Ghnt = Guid.Parse("0195a000-0000-7000-8000-0000000000aa");
    private readonly List<(Guid, IProgrammeEvent)> _history = [];

    private static Instant Noon(int y, int m, int d) => new LocalDate(y, m, d).At(new LocalTime(12, 0)).InZoneStrictly(AmsterdamTime.Zone).ToInstant();
    private static LocalDate D(int y, int m, int d) => new(y, m, d);
    private void Add(IProgrammeEvent e) => _history.Add((Guid.NewGuid(), e));

    private Guid Partner(string name, Bestuurslaag layer, PartnerRole role, LocalDate on)
    {
        var id = Guid.NewGuid();
        Add(new PartnerJoined(Ghnt, id, name, layer, role, on, Noon(on.Year, on.Month, on.Day)));
        return id;
    }

    public ghnt_scenario()
    {
        Add(new ProgrammeRegistered(Ghnt, "Geweld hoort nergens thuis", "Huiselijk geweld en kindermishandeling terugdringen",
            "Ministerie van VWS", D(2018, 4, 1), D(2021, 12, 31), Noon(2018, 3, 15)));
        var vws = Partner("Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, D(2018, 4, 1));
        var jenv = Partner("Ministerie van JenV", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, D(2018, 4, 1));
        var vng = Partner("VNG", Bestuurslaag.Koepel, PartnerRole.Opdrachtgever, D(2018, 4, 1));
        var veiligThuis = Partner("Landelijk Netwerk Veilig Thuis", Bestuurslaag.MaatschappelijkeOrganisatie, PartnerRole.Ketenpartner, D(2018, 4, 1));
        var politie = Partner("Nationale Politie", Bestuurslaag.Uitvoeringsorganisatie, PartnerRole.Ketenpartner, D(2018, 4, 1));
        Guid[] all = [vws, jenv, vng, veiligThuis, politie];

        Add(new FundingCommitted(Ghnt, Guid.NewGuid(), vws, 30_000_000m, D(2018, 4, 1), D(2021, 12, 31), FundingKind.Tijdelijk, Noon(2018, 4, 10)));
        Add(new OpgaveFormulated(Ghnt, "Huiselijk geweld en kindermishandeling terugdringen", "De cirkel van geweld doorbreken",
            "Minder geweld, minder schade", "Bestaande wetten", "Aanpak in de regio", Noon(2018, 4, 20)));
        Add(new ProgrammeFormJustified(Ghnt, "De Taskforce Kindermishandeling stopte: 'het is me niet gelukt'", "Taskforce voortzetten", Noon(2018, 5, 1)));
        var overleg = Guid.NewGuid();
        Add(new GovernanceBodyEstablished(Ghnt, overleg, "Opdrachtgeversoverleg", BodyKind.Opdrachtgeversberaad, "Sturen op de opgave", 6,
            Enum.GetValues<DoorzettingsAspect>(), Noon(2018, 5, 1)));
        foreach (var member in new[] { vws, jenv, vng }) Add(new BodyMemberAdded(Ghnt, overleg, member, Noon(2018, 5, 2)));
        Add(new FocusLevelChosen(Ghnt, FocusLevel.Regionaal, "Niet primair nieuw beleid maar de aanpak in de regio (004 l. 580–591)", Noon(2018, 5, 15)));
        foreach (var partner in all)
        {
            Add(new PartnerInterestRecorded(Ghnt, partner, "Minder geweld", "Inzet in de keten", Noon(2018, 5, 20)));
            Add(new PersonalConnectionMade(Ghnt, partner, D(2018, 5, 25), Noon(2018, 5, 25)));
        }
        foreach (var partner in new[] { vws, jenv, vng, veiligThuis })
        {
            Add(new OpgaveEndorsed(Ghnt, partner, D(2018, 5, 30), Noon(2018, 5, 30)));
            Add(new LearningGoalSet(Ghnt, partner, Guid.NewGuid(), "Leren samenwerken met de regio", Noon(2018, 5, 30)));
        }
        Add(new DecisionLogged(Guid.NewGuid(), Ghnt, "Regionale aanpak via een subsidieregeling", "", [], "Subsidieregeling", "Landen in de regio",
            new DecisionMaker(overleg, null, "Opdrachtgeversoverleg"), null, D(2018, 6, 1), [], "", null, DecisionStatus.Taken,
            new WooClassification(true, null), Noon(2018, 6, 1)));

        // The subsidieregeling "niet zonder slag of stoot" (004 l. 679–687): raised, escalated, resolved months later.
        var subsidie = Guid.NewGuid();
        Add(new TensionRaised(Ghnt, subsidie, "Subsidieregeling", "Moeizame samenwerking met VWS", "Programmadirecteur", D(2018, 9, 1), Noon(2018, 9, 1)));
        Add(new TensionEscalated(Ghnt, subsidie, overleg, D(2018, 10, 1), Noon(2018, 10, 1)));
        Add(new TensionResolved(Ghnt, subsidie, "Regeling vastgesteld", D(2019, 1, 15), Noon(2019, 1, 15)));

        // Regional project leaders through the subsidieregeling (004 l. 707–737).
        Partner("Gemeente Utrecht", Bestuurslaag.Gemeente, PartnerRole.Ketenpartner, D(2019, 3, 15));
        Partner("Gemeente Rotterdam", Bestuurslaag.Gemeente, PartnerRole.Ketenpartner, D(2019, 3, 15));

        // Reflection every two months until February 2020, then lost to urgency twice.
        for (var held = D(2018, 6, 15); held <= D(2020, 2, 15); held = held.PlusMonths(2))
            Add(new ReflectionSessionHeld(Guid.NewGuid(), Ghnt, held, ["VWS", "JenV", "VNG"], [ReflectionQuestion.ImpactOpDeOpgave], "Lessen", null,
                Noon(held.Year, held.Month, held.Day)));
        Add(new ReflectionSessionCancelled(Guid.NewGuid(), Ghnt, "Kamervragen", Noon(2020, 4, 1)));
        Add(new ReflectionSessionCancelled(Guid.NewGuid(), Ghnt, "Incident in de media", Noon(2020, 5, 15)));

        // Extended by a year, "waarbij de vraag nog openstaat" (004 l. 498–500); the extra year is funded.
        Add(new ProgrammeExtended(Ghnt, D(2021, 12, 31), D(2022, 12, 31), "Geweldsproblematiek vergt een langdurige aanpak", Noon(2021, 10, 1)));
        Add(new FundingCommitted(Ghnt, Guid.NewGuid(), vws, 10_000_000m, D(2022, 1, 1), D(2022, 12, 31), FundingKind.Tijdelijk, Noon(2021, 10, 15)));
    }

    private IndicatorStatus Status(LocalDate on, Recommendation recommendation) =>
        HealthEvaluation.Evaluate(ProgrammeFacts.From(Ghnt, _history), Noon(on.Year, on.Month, on.Day))[(int)recommendation - 1].Status;

    [Fact]
    public void on_31_may_2018_inside_the_start_window()
    {
        var on = D(2018, 5, 31);
        // Funding reaches the planned end of 31-12-2021.
        Status(on, Recommendation.OrganiseerPassendeMiddelen).ShouldBe(IndicatorStatus.Groen);
        // No borging plan yet, and the window (to 1-7-2018) is still open: not yet assessable, not red.
        Status(on, Recommendation.StartGericht).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        Status(on, Recommendation.StopGericht).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        // Regional focus without any regional partner yet: still being set up.
        Status(on, Recommendation.HandelDaarWaarNodig).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        // All five partners were met in person on 25-5-2018.
        Status(on, Recommendation.MaakVerbindingenPersoonlijk).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void on_1_december_2018_during_the_escalation_over_the_subsidieregeling()
    {
        var on = D(2018, 12, 1);
        // The escalation of 1-10-2018 is open (61 days, not > 12 weeks): doorzettingskracht is tested, not failed.
        Status(on, Recommendation.CreeerDoorzettingskracht).ShouldBe(IndicatorStatus.Oranje);
        // Escalating is not handling: the tension raised 1-9-2018 was escalated but never discussed, 13 weeks (> 12).
        Status(on, Recommendation.BenutSpanningEnOngemak).ShouldBe(IndicatorStatus.Rood);
        // Regional focus, and no provincial or municipal partner in the register yet: a question, not a failure.
        Status(on, Recommendation.HandelDaarWaarNodig).ShouldBe(IndicatorStatus.Oranje);
        // Justified and formulated before the first decision, but no borging plan recorded: not recorded, not late.
        Status(on, Recommendation.StartGericht).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        Status(on, Recommendation.StopGericht).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        // 4 of 5 partners endorse the opgave (80% < 90%); the fifth's endorsement is not recorded, not refused.
        Status(on, Recommendation.VerbindOpgaveEnSpelers).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        // Last session 15-10-2018, seven weeks ago.
        Status(on, Recommendation.OrganiseerReflectie).ShouldBe(IndicatorStatus.Groen);
        // The personal start round of May 2018 is more than 15 weeks ago: stale contact asks for a new round.
        Status(on, Recommendation.MaakVerbindingenPersoonlijk).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void on_1_june_2020_after_reflection_gave_way_to_urgency()
    {
        var on = D(2020, 6, 1);
        // Last held 15-2-2020 (107 days ago, > 12 weeks), and two cancellations in a row.
        Status(on, Recommendation.OrganiseerReflectie).ShouldBe(IndicatorStatus.Rood);
        // Two municipalities joined in March 2019 as regional links.
        Status(on, Recommendation.HandelDaarWaarNodig).ShouldBe(IndicatorStatus.Groen);
        // The escalation was resolved; that Veilig Thuis and Politie have a seat somewhere is not recorded.
        Status(on, Recommendation.CreeerDoorzettingskracht).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
    }

    [Fact]
    public void on_1_march_2022_extended_without_a_decision_on_continuation()
    {
        var on = D(2022, 3, 1);
        // Extended to 31-12-2022 while "de vraag nog openstaat" (004 l. 498–500): no ContinuationDecided.
        Status(on, Recommendation.StopGericht).ShouldBe(IndicatorStatus.Rood);
        // The extra year was funded on 15-10-2021: funding reaches the new planned end.
        Status(on, Recommendation.OrganiseerPassendeMiddelen).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void between_the_extension_and_its_funding_the_funding_indicator_was_red()
    {
        // 10-10-2021: planned end now 31-12-2022, funding only to 31-12-2021, which is less than six months ahead.
        Status(D(2021, 10, 10), Recommendation.OrganiseerPassendeMiddelen).ShouldBe(IndicatorStatus.Rood);
    }

    [Fact]
    public void the_history_of_stop_gericht_tells_when_and_why_it_turned()
    {
        var facts = ProgrammeFacts.From(Ghnt, _history);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var changes = IndicatorHistory.Between(facts, Noon(2018, 3, 15), Noon(2022, 3, 1));
        watch.Stop();

        var stop = changes.Where(c => c.Number == 10).ToList();
        stop.Select(c => (c.Date, c.Status)).ShouldBe(
        [
            // Registered, start window open until 1-7-2018.
            (D(2018, 3, 15), IndicatorStatus.NogNietTeBeoordelen),
            // The window closed without a borging plan: not recorded, so still not assessable while the end is far.
            // Six months before the planned end of 31-12-2021 the dated commitment counts: no continuation decision.
            (D(2021, 6, 30), IndicatorStatus.Oranje),
            // Three months before the planned end, still no decision on continuation recorded.
            (D(2021, 9, 30), IndicatorStatus.Rood),
        ]);
        stop[1].Reason.ShouldStartWith("Minder dan 6 maanden voor");
        stop[2].Reason.ShouldStartWith("Minder dan 3 maanden voor");
        // Four years, evaluated at every event and every midnight, stays well within a request's time.
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }
}
