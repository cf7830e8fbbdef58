using Governance.Domain.Care;
using Governance.Domain.Common;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Tests.Health;

/// <summary>
/// The Wvggz chain programme entered with only what seed 004 states about it (004_f630c81a23e39ea5.txt, l. 4418–4480
/// and l. 4775–4783), independently of the demo. Every event says which line it rests on and which choice was ours;
/// where the text gives no value, the least the domain accepts. The text praises the start ("robuuste basis",
/// l. 4779–4781) and describes two failures after the law took effect: the director withdrew (l. 4428–4438) and the
/// new opdrachtgevers did not reconfirm the opdracht (l. 4464–4472).
/// </summary>
public class sparse_wvggz_from_the_source
{
    private static readonly Guid Wvggz = Guid.Parse("0195a000-0000-7000-8000-0000000000cc");
    private readonly List<(Guid, IProgrammeEvent)> _history = [];
    private static readonly Guid DepartmentA = Guid.Parse("0195a000-0000-7000-8000-0000000000c1");
    private static readonly Guid DepartmentB = Guid.Parse("0195a000-0000-7000-8000-0000000000c2");

    private static Instant Noon(int y, int m, int d) => new LocalDate(y, m, d).At(new LocalTime(12, 0)).InZoneStrictly(AmsterdamTime.Zone).ToInstant();
    private static LocalDate D(int y, int m, int d) => new(y, m, d);
    private void Add(IProgrammeEvent e) => _history.Add((Guid.NewGuid(), e));

    public sparse_wvggz_from_the_source()
    {
        // l. 4777–4781: "Bij de start in 2016-2017 is het mogelijk geweest voor deze startfase ongeveer 9 maanden uit te
        // trekken." Only the years: our choice 1-9-2016. The planned end is not in the text: left "onbekend" (null), so
        // rec 10 can never count towards it. The opdrachtgever is not named in this passage: "onbekend".
        Add(new ProgrammeRegistered(Wvggz, "Implementatie Wvggz", "De Wet verplichte ggz in de keten invoeren", "onbekend",
            D(2016, 9, 1), null, Noon(2016, 9, 1)));
        // l. 4440–4442: "nieuwe opdrachtgevers vanuit beide departementen": two departments commission it. They are not
        // named in this passage: "departement A" and "B". Our choice: they take part from the start.
        Add(new PartnerJoined(Wvggz, DepartmentA, "Departement A", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, D(2016, 9, 1), Noon(2016, 9, 1)));
        Add(new PartnerJoined(Wvggz, DepartmentB, "Departement B", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, D(2016, 9, 1), Noon(2016, 9, 1)));
        // l. 4464–4468: "het ‘oude’ contract met de vorige opdrachtgevers": there were earlier opdrachtgevers. Names
        // unknown ("vorige opdrachtgever"); our choice: named at the start.
        Add(new RepresentativeNamed(Wvggz, DepartmentA, Guid.NewGuid(), "vorige opdrachtgever", "opdrachtgever", Noon(2016, 9, 1)));
        Add(new RepresentativeNamed(Wvggz, DepartmentB, Guid.NewGuid(), "vorige opdrachtgever", "opdrachtgever", Noon(2016, 9, 1)));
        // l. 4438–4442: "Direct na de inwerkingtreding zijn er nieuwe opdrachtgevers vanuit beide departementen aangetreden."
        // The date of entry into force is not in the text: our choice 1-1-2020 (the new people named that day).
        Add(new RepresentativeNamed(Wvggz, DepartmentA, Guid.NewGuid(), "nieuwe opdrachtgever", "opdrachtgever", Noon(2020, 1, 1)));
        Add(new RepresentativeNamed(Wvggz, DepartmentB, Guid.NewGuid(), "nieuwe opdrachtgever", "opdrachtgever", Noon(2020, 1, 1)));
        // l. 4428–4438: "het ontbreken van overeenstemming met de opdrachtgever over de aard van het programma aanleiding
        // voor Kees om zich na de succesvolle inwerkingtreding van de wet terug te trekken als programmadirecteur".
        // "Na": our choice 1-3-2020. The text records no follow-up by the opdrachtgever, so none is recorded.
        Add(new OpdrachtnemerStrainRecorded(Wvggz, Guid.NewGuid(), OpdrachtnemerStrain.DirectorLeft,
            "Geen overeenstemming met de opdrachtgever over de aard van het programma", D(2020, 3, 1), Noon(2020, 3, 1)));
        // l. 4464–4472: "Het is helaas niet gelukt om het ‘oude’ contract met de vorige opdrachtgevers herbevestigd te
        // krijgen met de nieuwe opdrachtgevers, waarbij de Corona-restricties ook niet hielpen": in 2020; our choice
        // 1-6-2020, for both departments (the text speaks of the opdrachtgevers together).
        foreach (var department in new[] { DepartmentA, DepartmentB })
            Add(new OpdrachtNotReconfirmed(Wvggz, department, D(2020, 6, 1),
                "Het ‘oude’ contract is met de nieuwe opdrachtgevers niet herbevestigd (004 l. 4464–4468)", Noon(2020, 6, 1)));
    }

    private IReadOnlyList<IndicatorResult> On(LocalDate date) =>
        HealthEvaluation.Evaluate(ProgrammeFacts.From(Wvggz, _history), Noon(date.Year, date.Month, date.Day).Plus(Duration.FromHours(6)));

    private static IndicatorStatus Status(IReadOnlyList<IndicatorResult> results, Recommendation r) => results[(int)r - 1].Status;

    /// <summary>(a) Whatever the date: a rood indicator always points at recorded negative evidence, never at silence alone.</summary>
    private static void NoRoodFromAbsence(IReadOnlyList<IndicatorResult> results) =>
        results.Where(r => r.Status == IndicatorStatus.Rood)
            .ShouldAllBe(r => r.Evidence.Any(e => e.Kind == EvidenceKind.Negative));

    [Fact]
    public void on_1_june_2017_the_robust_start_is_nowhere_rood_and_the_silent_indicators_are_not_judged()
    {
        var results = On(D(2017, 6, 1));
        NoRoodFromAbsence(results);
        // (c) l. 4775–4781: nine months for the start phase, "robuuste basis". What that start produced is not in the
        // text, so nothing is recorded: every indicator is not assessable (or in order), none rood or oranje.
        results.ShouldAllBe(r => r.Status == IndicatorStatus.NogNietTeBeoordelen || r.Status == IndicatorStatus.Groen);
    }

    [Fact]
    public void on_1_february_2020_the_new_opdrachtgevers_without_reconfirmation_move_doorzettingskracht_to_oranje()
    {
        var results = On(D(2020, 2, 1));
        NoRoodFromAbsence(results);
        // (b) l. 4438–4442 and l. 4420–4426 ("bij personele wisselingen … steeds stil te staan bij de rolverdeling"): new
        // representatives of both opdrachtgevers, the opdracht not (yet) reconfirmed: a question, oranje.
        Status(results, Recommendation.CreeerDoorzettingskracht).ShouldBe(IndicatorStatus.Oranje);
        results[4].Evidence.Count(e => e.Kind == EvidenceKind.Negative && e.Text.Contains("nieuwe vertegenwoordiger")).ShouldBe(2);
    }

    [Fact]
    public void on_1_april_2020_the_director_who_withdrew_moves_spanning_to_oranje()
    {
        var results = On(D(2020, 4, 1));
        NoRoodFromAbsence(results);
        // (b) l. 4428–4438: the director withdrew a month ago; no follow-up by the opdrachtgever is recorded (the text
        // names none): strain on the opdrachtnemer waiting for follow-up, oranje.
        Status(results, Recommendation.BenutSpanningEnOngemak).ShouldBe(IndicatorStatus.Oranje);
        results[7].Reason.ShouldBe("Druk op de opdrachtnemer (de programmadirecteur dreigde op te stappen of vertrok) is nog niet opgevolgd.");
        Status(results, Recommendation.CreeerDoorzettingskracht).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void on_1_july_2020_the_opdracht_not_reconfirmed_is_rood_on_recorded_refusal()
    {
        var results = On(D(2020, 7, 1));
        NoRoodFromAbsence(results);
        // (b) l. 4464–4472: the opdracht explicitly not reconfirmed by the new opdrachtgevers: doorzettingskracht rood,
        // "hercontracteren essentieel … voor de uitvoerbaarheid" (l. 4474–4480).
        Status(results, Recommendation.CreeerDoorzettingskracht).ShouldBe(IndicatorStatus.Rood);
        results[4].Reason.ShouldBe("Een opdrachtgever heeft de opdracht niet opnieuw bevestigd: het programma mist het mandaat om door te zetten.");
        // (b) l. 4428–4438: seventeen weeks after the director withdrew and still no follow-up recorded: rood, pointing at
        // the recorded departure (negative evidence), not at silence.
        Status(results, Recommendation.BenutSpanningEnOngemak).ShouldBe(IndicatorStatus.Rood);
        // The text says nothing about funding, focus, contacts, lived experience or reflection: not assessable, never rood.
        foreach (var silent in new[] { Recommendation.OrganiseerPassendeMiddelen, Recommendation.HandelDaarWaarNodig,
                     Recommendation.MaakVerbindingenPersoonlijk, Recommendation.BlijfDeMensZien, Recommendation.OrganiseerReflectie, Recommendation.StopGericht })
            Status(results, silent).ShouldBe(IndicatorStatus.NogNietTeBeoordelen, silent.ToString());
    }

    [Theory]
    [InlineData(2017, 6, 1)]
    [InlineData(2020, 7, 1)]
    [InlineData(2022, 7, 1)]
    [InlineData(2025, 1, 1)]
    public void at_any_date_the_unknown_planned_end_leaves_stop_gericht_not_yet_assessable_saying_it_is_not_recorded(int year, int month, int day)
    {
        var results = On(D(year, month, day));
        // The text gives no planned end (l. 4418–4480, 4775–4783), so whether a stop-or-continue decision is due cannot
        // be told: never rood for "past the end", also years later, and the reason names the planned end as not recorded.
        Status(results, Recommendation.StopGericht).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        results[9].Reason.ShouldContain("niet vastgelegd wanneer het programma volgens plan eindigt");
        results[9].Missing.ShouldContain(m => m.StartsWith("De geplande einddatum van het programma vastleggen"));
        // Nor does the unknown end decide the means: no funding is in the text either.
        Status(results, Recommendation.OrganiseerPassendeMiddelen).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
    }
}
