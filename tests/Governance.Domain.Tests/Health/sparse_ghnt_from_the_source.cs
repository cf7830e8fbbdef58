using Governance.Domain.Care;
using Governance.Domain.Common;
using Governance.Domain.Health;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;
using NodaTime;

namespace Governance.Domain.Tests.Health;

/// <summary>
/// GHNT entered with only what seed 004 states about it (004_f630c81a23e39ea5.txt), independently of the demo.
/// Every event says which line it rests on and which choice was ours. Where the text gives no value, the least the
/// domain accepts (‘onbekend’). The text calls GHNT "een succesvol programma" (l. 494): nothing may turn rood only
/// because the text is silent, while the failures it does describe must show.
/// </summary>
public class sparse_ghnt_from_the_source
{
    private static readonly Guid Ghnt = Guid.Parse("0195a000-0000-7000-8000-0000000000bb");
    private readonly List<(Guid, IProgrammeEvent)> _history = [];

    private static Instant Noon(int y, int m, int d) => new LocalDate(y, m, d).At(new LocalTime(12, 0)).InZoneStrictly(AmsterdamTime.Zone).ToInstant();
    private static LocalDate D(int y, int m, int d) => new(y, m, d);
    private void Add(IProgrammeEvent e) => _history.Add((Guid.NewGuid(), e));

    public sparse_ghnt_from_the_source()
    {
        // l. 494–496: "Het startte in 2018 met een looptijd in principe tot 31 december 2021". Only the year is given:
        // our choice is 1-1-2018. The opdrachtgever is not named in this passage: "onbekend".
        Add(new ProgrammeRegistered(Ghnt, "Geweld hoort nergens thuis", "Huiselijk geweld en kindermishandeling terugdringen", "onbekend",
            D(2018, 1, 1), D(2021, 12, 31), Noon(2018, 1, 1)));
        // l. 679–683: "Kort na die start bleek de totstandkoming van een subsidieregeling niet zonder slag of stoot te gaan.
        // In de op dat moment moeizame samenwerking met VWS heeft de toenmalige programmadirecteur gedreigd op te stappen."
        // "Kort na die start": our choice 1-6-2018. The text does not say it was discussed or resolved, so neither is recorded.
        Add(new TensionRaised(Ghnt, Guid.NewGuid(), "Subsidieregeling", "Moeizame samenwerking met VWS over de subsidieregeling",
            "Programmadirecteur", D(2018, 6, 1), Noon(2018, 6, 1)));
        // The same lines: the threat to resign is strain on the opdrachtnemer of its own (004 l. 2083–2085). The text names
        // no follow-up by the opdrachtgever, so none is recorded.
        Add(new OpdrachtnemerStrainRecorded(Ghnt, Guid.NewGuid(), OpdrachtnemerStrain.DirectorThreatenedToResign,
            "In de moeizame samenwerking met VWS over de subsidieregeling", D(2018, 6, 1), Noon(2018, 6, 1)));
        // l. 719–723: "Om in de regio's verbeteringen door te kunnen voeren ontwikkelde het team een infrastructuur waarbij
        // samenwerkende gemeenten via een subsidieregeling …": the focus is regional. No date given: our choice 1-9-2018.
        Add(new FocusLevelChosen(Ghnt, FocusLevel.Regionaal, "Verbeteringen in de regio's (004 l. 719–723)", Noon(2018, 9, 1)));
        // l. 723–727: "samenwerkende gemeenten via een subsidieregeling de beschikking konden krijgen over regionaal
        // projectleiders". It came about after the strained talks (l. 679–683): our choice 1-3-2019.
        Add(new MeansInstrumentEstablished(Ghnt, Guid.NewGuid(), "Subsidieregeling regionaal projectleiders", MeansInstrumentKind.RegionaleProjectleiders,
            D(2019, 3, 1), Noon(2019, 3, 1)));
        // l. 709–713: "een spiegelgroep ervaringsdeskundigheid (slachtoffers en plegers) ingericht". No date: our choice 1-3-2019.
        Add(new LivedExperienceContributed(Ghnt, "Spiegelgroep", "slachtoffers en plegers", "Programmateam", D(2019, 3, 1), Noon(2019, 3, 1)));
        // l. 498–500: "De looptijd is nu met een jaar verlengd, waarbij de vraag nog openstaat of het programma in de huidige of in
        // gewijzigde vorm wordt voortgezet." Before the old end; our choice 1-12-2021. No ContinuationDecided: the question is open.
        Add(new ProgrammeExtended(Ghnt, D(2021, 12, 31), D(2022, 12, 31), "Looptijd met een jaar verlengd", Noon(2021, 12, 1)));
    }

    private IReadOnlyList<IndicatorResult> On(LocalDate date) =>
        HealthEvaluation.Evaluate(ProgrammeFacts.From(Ghnt, _history), Noon(date.Year, date.Month, date.Day).Plus(Duration.FromHours(6)));

    private static IndicatorStatus Status(IReadOnlyList<IndicatorResult> results, Recommendation r) => results[(int)r - 1].Status;

    /// <summary>(a) Whatever the date: a rood indicator always points at recorded negative evidence, never at silence alone.</summary>
    private static void NoRoodFromAbsence(IReadOnlyList<IndicatorResult> results) =>
        results.Where(r => r.Status == IndicatorStatus.Rood)
            .ShouldAllBe(r => r.Evidence.Any(e => e.Kind == EvidenceKind.Negative));

    [Fact]
    public void on_1_july_2018_the_threat_to_resign_is_strain_and_the_silent_indicators_are_not_judged()
    {
        var results = On(D(2018, 7, 1));
        NoRoodFromAbsence(results);
        // (b) l. 685–687: the director threatened to resign a month ago, no follow-up recorded: spanning and
        // doorzettingskracht move away from groen (oranje), not yet rood.
        Status(results, Recommendation.BenutSpanningEnOngemak).ShouldBe(IndicatorStatus.Oranje);
        Status(results, Recommendation.CreeerDoorzettingskracht).ShouldBe(IndicatorStatus.Oranje);
        // The text says nothing about funding, partners or reflection in this period: not assessable, not rood.
        foreach (var silent in new[] { Recommendation.StartGericht, Recommendation.VerbindOpgaveEnSpelers, Recommendation.OrganiseerPassendeMiddelen,
                     Recommendation.MaakVerbindingenPersoonlijk, Recommendation.OrganiseerReflectie })
            Status(results, silent).ShouldBe(IndicatorStatus.NogNietTeBeoordelen, silent.ToString());
    }

    [Fact]
    public void on_1_december_2018_the_threat_to_resign_moves_spanning_away_from_groen()
    {
        var results = On(D(2018, 12, 1));
        NoRoodFromAbsence(results);
        // (b) l. 679–683: the tension named 1-6-2018 has not been recorded as discussed for 26 weeks (> 12): rood, on recorded strain.
        Status(results, Recommendation.BenutSpanningEnOngemak).ShouldBe(IndicatorStatus.Rood);
        // The regional focus (l. 719–723) without regional partners in the register: a question, not a failure.
        Status(results, Recommendation.HandelDaarWaarNodig).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void on_1_july_2019_the_spiegelgroep_is_a_strength_and_not_rood()
    {
        var results = On(D(2019, 7, 1));
        NoRoodFromAbsence(results);
        // (c) l. 709–713: lived experience at the table four months ago, within the six-month window.
        Status(results, Recommendation.BlijfDeMensZien).ShouldBe(IndicatorStatus.Groen);
        // (c) the regional infrastructure of l. 719–727 (regional project leaders through a subsidy scheme) is a strength: groen.
        Status(results, Recommendation.HandelDaarWaarNodig).ShouldBe(IndicatorStatus.Groen);
        // No dated commitment has passed yet: the planned end (31-12-2021) is far, no borging plan recorded.
        Status(results, Recommendation.StopGericht).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
    }

    [Fact]
    public void on_1_march_2022_extended_while_the_question_of_continuation_is_open()
    {
        var results = On(D(2022, 3, 1));
        NoRoodFromAbsence(results);
        // (b) l. 498–500: extended by a year with no recorded decision on continuation — the failure the text describes.
        Status(results, Recommendation.StopGericht).ShouldBe(IndicatorStatus.Rood);
        results[9].Reason.ShouldContain("geen besluit over de voortzetting vastgelegd");
        // The funding is never stated in this passage: rec 4 stays not assessable, never rood.
        Status(results, Recommendation.OrganiseerPassendeMiddelen).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        // The spiegelgroep was last recorded three years ago: aged to oranje, never rood by age alone.
        Status(results, Recommendation.BlijfDeMensZien).ShouldBe(IndicatorStatus.Oranje);
    }
}
