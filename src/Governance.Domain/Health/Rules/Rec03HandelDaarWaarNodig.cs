using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;
using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 3: the level of action is chosen; a regional or local focus needs local connections (004 l. 1070–1074:
/// "zorg dan voor plaatselijke verbindingen"), which we read as partners at provincial, municipal or water-board level.
/// </summary>
public static class Rec03HandelDaarWaarNodig
{
    private static readonly Bestuurslaag[] RegionalLayers = [Bestuurslaag.Provincie, Bestuurslaag.Gemeente, Bestuurslaag.Waterschap];

    public static IndicatorResult Evaluate(HealthContext c)
    {
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();

        var focus = c.Facts.FocusChoices.LastOrDefault();
        if (focus is null)
            return c.NotRecorded(Recommendation.HandelDaarWaarNodig, "waar het zwaartepunt van handelen ligt.",
                evidence, ["Kiezen en vastleggen waar het zwaartepunt ligt: landelijk beleid of de uitvoering in regio en gemeenten."]);

        evidence.Add(Evidence($"Zwaartepunt gekozen: {focus.Level}.", focus.Source));
        if (focus.Level == FocusLevel.Landelijk)
            return c.Result(Recommendation.HandelDaarWaarNodig, IndicatorStatus.Groen, "Het zwaartepunt is landelijk gekozen en vastgelegd.", evidence, missing);

        var regional = c.ActivePartners.Where(p => RegionalLayers.Contains(p.Layer)).ToList();
        evidence.AddRange(regional.Select(p => Evidence($"Regionale/lokale partner: {p.OrganisationName} ({p.Layer}).", p.Source, p.JoinedOn)));
        // Regional project leaders or a subsidy scheme for municipalities are the local connections themselves
        // ("in de vorm van projectleiders … faciliteer gemeenten … met subsidie", 004 l. 1070–1078).
        var instruments = c.Facts.Instruments.Where(i => i.Kind is MeansInstrumentKind.RegionaleProjectleiders or MeansInstrumentKind.Subsidieregeling).ToList();
        evidence.AddRange(instruments.Select(i => Evidence($"Middel voor de regio: {i.Name}.", i.Source, i.On)));
        if (instruments.Count > 0)
            return c.Result(Recommendation.HandelDaarWaarNodig, IndicatorStatus.Groen,
                $"Zwaartepunt {focus.Level}, met middelen die de regio bereiken ({string.Join(", ", instruments.Select(i => i.Name))}).", evidence, missing);
        if (regional.Count < t.Rec3RegionalPartnersForGreen)
            missing.Add($"Plaatselijke verbindingen leggen: partners op provinciaal, gemeentelijk of waterschapsniveau ({regional.Count} van {t.Rec3RegionalPartnersForGreen} voor groen).");

        // The partner register is a record of who is at the table, so a regional focus without regional partners is
        // worth a question; but a local link may simply not be registered as a partner, so never more than oranje.
        var (status, reason) =
            regional.Count == 0 ? (IndicatorStatus.Oranje, $"Zwaartepunt {focus.Level}, maar geen regionale of lokale partner vastgelegd.")
            : regional.Count < t.Rec3RegionalPartnersForGreen ? (IndicatorStatus.Oranje, $"Zwaartepunt {focus.Level}, met {Count(regional.Count, "regionale of lokale partner", "regionale of lokale partners")}.")
            : (IndicatorStatus.Groen, $"Zwaartepunt {focus.Level}, met {regional.Count} regionale of lokale partners.");
        return c.Result(Recommendation.HandelDaarWaarNodig, status, reason, evidence, missing);
    }
}
