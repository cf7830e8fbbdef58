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
        else if (planLate) evidence.Add(Against($"Borgingsplan vastgelegd ({plan.What}), na het startvenster.", plan.Source));
        else evidence.Add(Evidence($"Borgingsplan vastgelegd ({plan.What}).", plan.Source));
        if (planLate) missing.Add($"Het borgingsplan hoort al bij de start (vóór {Date(c.StartWindowEnd)}) te zijn bedacht.");

        var decision = f.ContinuationDecisions.LastOrDefault();
        if (decision is not null) evidence.Add(Evidence($"Besluit over voortzetting: {decision.Choice}.", decision.Source, decision.DecidedOn));
        foreach (var extension in f.PlannedEndChanges)
        {
            var text = extension.PlannedEndDate is { } newEnd
                ? $"Verlengd tot {Date(newEnd)}: {extension.Reason}"
                : $"Verlengd (nieuwe einddatum niet vastgelegd): {extension.Reason}";
            // An extension without a decision about continuation is what the rule warns against.
            evidence.Add(decision is null ? Against(text, extension.Source) : Evidence(text, extension.Source));
        }

        // What the end asks besides a decision: has the effect been measured, and were lessons shared with a wider
        // public (004 l. 1432–1434, 1458–1462)? Recorded, they are evidence; not recorded near the end, they are listed.
        foreach (var measured in f.EffectMeasurements)
            evidence.Add(Evidence($"Effect gemeten: {measured.What}.", measured.Source, measured.On));
        foreach (var shared in f.LessonsSharedWidely)
            evidence.Add(Evidence($"Lessen gedeeld met een groter publiek: {shared.What}.", shared.Source, shared.On));

        var extendedWithoutDecision = decision is null && f.PlannedEndChanges.Count > 0;
        if (c.PlannedEndDate is not { } end)
            return WithoutPlannedEnd(c, evidence, missing, decision, extendedWithoutDecision, planLate, plan);
        var redFrom = end.PlusMonths(-t.Rec10DecisionRedMonths);
        var orangeFrom = end.PlusMonths(-t.Rec10DecisionOrangeMonths);
        if (decision is null && c.Today >= orangeFrom)
            missing.Add($"Besluiten over beëindigen of voortzetten, na te zijn gegaan of het beoogd maatschappelijk effect is gerealiseerd (gepland einde {Date(end)}).");

        if (c.Today >= orangeFrom && f.EffectMeasurements.Count == 0)
            missing.Add("Vastleggen óf en in welke mate het beoogd maatschappelijk effect is gerealiseerd (een effectmeting).");
        if (c.Today >= orangeFrom && f.LessonsSharedWidely.Count == 0)
            missing.Add("Vastleggen welke lessen over de samenwerking met een groter publiek zijn gedeeld.");
        // The planned end is an explicit, dated commitment: as it comes near, the missing decision is itself the signal,
        // worded as "not recorded" (the decision may have been taken elsewhere and not yet entered here).
        var (status, reason) =
            extendedWithoutDecision ? (IndicatorStatus.Rood, "Het programma is verlengd en er is geen besluit over de voortzetting vastgelegd.")
            : decision is null && c.Today >= redFrom ? (IndicatorStatus.Rood, $"Minder dan {t.Rec10DecisionRedMonths} maanden voor (of na) het geplande einde ({Date(end)}) en geen besluit over voortzetting vastgelegd.")
            : decision is null && c.Today >= orangeFrom ? (IndicatorStatus.Oranje, $"Minder dan {t.Rec10DecisionOrangeMonths} maanden voor het geplande einde ({Date(end)}) en nog geen besluit over voortzetting vastgelegd.")
            : planLate ? (IndicatorStatus.Oranje, "Het borgingsplan is pas na de start vastgelegd.")
            : plan is null ? (IndicatorStatus.NogNietTeBeoordelen, "Nog niet te beoordelen: niet vastgelegd hoe de borging eruit zal zien; het einde is nog ver genoeg weg.")
            : (IndicatorStatus.Groen, decision is null ? "De borging is bij de start bedacht; het einde is nog ver genoeg weg." : "De borging is bij de start bedacht en over voortzetting is besloten.");
        return c.Result(Recommendation.StopGericht, status, reason, evidence, missing);
    }

    /// <summary>
    /// Without a planned end there is no dated commitment to count towards: whether a continuation decision is due
    /// cannot be told. What was recorded still counts (an extension without a decision, a late borging plan, a decision).
    /// </summary>
    private static IndicatorResult WithoutPlannedEnd(HealthContext c, List<Evidence> evidence, List<string> missing,
        ContinuationFact? decision, bool extendedWithoutDecision, bool planLate, RecordedFact? plan)
    {
        missing.Add("De geplande einddatum van het programma vastleggen zodra die bekend is; dan is te zien wanneer een besluit over voortzetting nodig is.");
        var (status, reason) =
            extendedWithoutDecision ? (IndicatorStatus.Rood, "Het programma is verlengd en er is geen besluit over de voortzetting vastgelegd.")
            : planLate ? (IndicatorStatus.Oranje, "Het borgingsplan is pas na de start vastgelegd.")
            : decision is not null && plan is not null ? (IndicatorStatus.Groen, "De borging is bij de start bedacht en over voortzetting is besloten.")
            : (IndicatorStatus.NogNietTeBeoordelen, plan is null
                ? "Nog niet te beoordelen: niet vastgelegd hoe de borging eruit zal zien, en niet vastgelegd wanneer het programma volgens plan eindigt."
                : "Nog niet te beoordelen: niet vastgelegd wanneer het programma volgens plan eindigt, dus niet te zeggen of een besluit over voortzetting al nodig is.");
        return c.Result(Recommendation.StopGericht, status, reason, evidence, missing);
    }
}
