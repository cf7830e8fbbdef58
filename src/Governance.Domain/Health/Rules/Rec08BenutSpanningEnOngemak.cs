using Governance.Domain.Care;
using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 8: named tensions are discussed in time, and there are regular moments to "de stoom van de ketel halen"
/// and celebrate successes (004 l. 1367–1371). An undiscussed tension ages with time alone.
/// </summary>
public static class Rec08BenutSpanningEnOngemak
{
    public static IndicatorResult Evaluate(HealthContext c)
    {
        var f = c.Facts;
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();

        // The first step taken on each tension, looked up once: a programme with years of tensions has thousands of steps.
        var firstSteps = f.TensionSteps.GroupBy(s => s.TensionId).ToDictionary(g => g.Key, g => g.MinBy(s => s.Source.RecordedAt)!);
        var oldestUndiscussed = 0;
        foreach (var tension in f.Tensions)
        {
            if (firstSteps.TryGetValue(tension.TensionId, out var step))
            {
                evidence.Add(Evidence($"Spanning '{tension.Subject}' besproken of opgepakt ({step.Step}).", step.Source, step.On));
                continue;
            }
            var days = DaysBetween(tension.RaisedOn, c.Today);
            oldestUndiscussed = Math.Max(oldestUndiscussed, days);
            evidence.Add(Evidence($"Spanning '{tension.Subject}' benoemd, nog niet besproken ({days / 7} weken).", tension.Source, tension.RaisedOn));
            if (days > t.Rec8TensionOrangeWeeks * 7) missing.Add($"De spanning '{tension.Subject}' met elkaar bespreken.");
        }

        var lastCare = f.CareMoments.Where(x => x.On <= c.Today).MaxBy(x => x.On);
        if (lastCare is not null) evidence.Add(Evidence($"Laatste moment van zorg voor elkaar: {lastCare.What}.", lastCare.Source, lastCare.On));
        var careRecent = lastCare is not null && DaysBetween(lastCare.On, c.Today) <= t.Rec8CareMomentWeeks * 7;
        if (!careRecent)
            missing.Add($"Een vitaliteitscheck of een gevierd succes (de afgelopen {t.Rec8CareMomentWeeks} weken geen).");

        var (status, reason) =
            oldestUndiscussed > t.Rec8TensionRedWeeks * 7 ? (IndicatorStatus.Rood, $"Een benoemde spanning is langer dan {t.Rec8TensionRedWeeks} weken niet besproken.")
            : oldestUndiscussed > t.Rec8TensionOrangeWeeks * 7 ? (IndicatorStatus.Oranje, $"Een benoemde spanning is langer dan {t.Rec8TensionOrangeWeeks} weken niet besproken.")
            : !careRecent ? (IndicatorStatus.Oranje, $"Geen vitaliteitscheck of gevierd succes in de afgelopen {t.Rec8CareMomentWeeks} weken.")
            : (IndicatorStatus.Groen, "Spanningen worden besproken en er is regelmatig aandacht voor vitaliteit en successen.");
        return c.Result(Recommendation.BenutSpanningEnOngemak, status, reason, evidence, missing);
    }
}
