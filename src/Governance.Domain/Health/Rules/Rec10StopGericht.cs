using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 10: the borging is thought through at the start (004 l. 1463–1467) and the stop-or-continue decision is
/// taken well before the planned end (004 l. 1433–1443). The approaching end turns this indicator with time alone.
/// </summary>
public static class Rec10StopGericht
{
    public static IndicatorResult Evaluate(HealthContext c)
    {
        var f = c.Facts;
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();

        var plan = f.BorgingPlans.FirstOrDefault();
        var planLate = plan is not null && DateOf(plan.Source) >= c.StartWindowEnd;
        if (plan is null) missing.Add("Vastleggen hoe de borging eruit zal zien en wie daarna waarvoor verantwoordelijk is.");
        else evidence.Add(Evidence($"Borgingsplan vastgelegd ({plan.What}){(planLate ? ", na het startvenster" : "")}.", plan.Source));
        if (planLate) missing.Add($"Het borgingsplan hoort al bij de start (vóór {Date(c.StartWindowEnd)}) te zijn bedacht.");

        var decision = f.ContinuationDecisions.LastOrDefault();
        if (decision is not null) evidence.Add(Evidence($"Besluit over voortzetting: {decision.Choice}.", decision.Source, decision.DecidedOn));
        foreach (var extension in f.PlannedEndChanges)
            evidence.Add(Evidence($"Verlengd tot {Date(extension.PlannedEndDate)}: {extension.Reason}", extension.Source));

        var end = c.PlannedEndDate;
        var redFrom = end.PlusMonths(-t.Rec10DecisionRedMonths);
        var orangeFrom = end.PlusMonths(-t.Rec10DecisionOrangeMonths);
        var extendedWithoutDecision = decision is null && f.PlannedEndChanges.Count > 0;
        if (decision is null && c.Today >= orangeFrom)
            missing.Add($"Besluiten over beëindigen of voortzetten, na te zijn gegaan of het beoogd maatschappelijk effect is gerealiseerd (gepland einde {Date(end)}).");

        var (status, reason) =
            extendedWithoutDecision ? (IndicatorStatus.Rood, "Het programma is verlengd zonder besluit over de voortzetting.")
            : decision is null && c.Today >= redFrom ? (IndicatorStatus.Rood, $"Minder dan {t.Rec10DecisionRedMonths} maanden voor (of na) het geplande einde en nog geen besluit over voortzetting.")
            : decision is null && c.Today >= orangeFrom ? (IndicatorStatus.Oranje, $"Minder dan {t.Rec10DecisionOrangeMonths} maanden voor het geplande einde en nog geen besluit over voortzetting.")
            : plan is null ? (IndicatorStatus.Oranje, "Er is geen borgingsplan.")
            : planLate ? (IndicatorStatus.Oranje, "Het borgingsplan is pas na de start vastgelegd.")
            : (IndicatorStatus.Groen, decision is null ? "De borging is bij de start bedacht; het einde is nog ver genoeg weg." : "De borging is bij de start bedacht en over voortzetting is besloten.");
        return c.Result(Recommendation.StopGericht, status, reason, evidence, missing);
    }
}
