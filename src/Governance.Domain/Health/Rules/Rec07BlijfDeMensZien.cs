using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 7: in the recent window, lived experience had a place at the table and meetings spent enough of their agenda
/// on opgave and praktijk rather than on proces and middelen (004 l. 1291–1295).
/// </summary>
public static class Rec07BlijfDeMensZien
{
    public static IndicatorResult Evaluate(HealthContext c)
    {
        var f = c.Facts;
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();
        var windowStart = c.Today.PlusMonths(-t.Rec7WindowMonths);
        bool InWindow(NodaTime.LocalDate d) => d > windowStart && d <= c.Today;

        var lived = f.LivedExperience.Where(x => InWindow(x.On)).ToList();
        var meetings = f.Meetings.Where(x => InWindow(x.HeldOn)).ToList();
        evidence.AddRange(lived.Select(x => Evidence($"Ervaringsverhaal aan tafel ({x.What}).", x.Source, x.On)));
        evidence.AddRange(meetings.Select(x => Evidence($"Overleg met {x.OpgaveItems} van {x.OpgaveItems + x.ProcessItems} agendapunten over opgave en praktijk.", x.Source, x.HeldOn)));

        var opgaveItems = meetings.Sum(m => m.OpgaveItems);
        var allItems = opgaveItems + meetings.Sum(m => m.ProcessItems);
        var share = allItems == 0 ? 0 : opgaveItems * 100 / allItems;
        if (lived.Count == 0) missing.Add($"Ervaringsdeskundigen of burgers met hun praktijkverhaal aan tafel (de afgelopen {t.Rec7WindowMonths} maanden niet).");
        if (share < t.Rec7GreenOpgaveItemsPercent)
            missing.Add($"Meer agendapunten over opgave en praktijk: nu {Percent(opgaveItems, allItems)}, groen vanaf {t.Rec7GreenOpgaveItemsPercent}%.");

        var (status, reason) =
            lived.Count == 0 && opgaveItems == 0 ? (IndicatorStatus.Rood, $"De afgelopen {t.Rec7WindowMonths} maanden kwamen leefwereld en praktijk niet aan tafel.")
            : missing.Count > 0 ? (IndicatorStatus.Oranje, "Leefwereld en praktijk komen maar deels aan tafel.")
            : (IndicatorStatus.Groen, $"Ervaringsverhalen aan tafel en {Percent(opgaveItems, allItems)} van de agenda over opgave en praktijk.");
        return c.Result(Recommendation.BlijfDeMensZien, status, reason, evidence, missing);
    }
}
