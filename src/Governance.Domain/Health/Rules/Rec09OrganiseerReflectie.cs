using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 9: reflection sessions are actually held (not merely scheduled), not repeatedly cancelled ("Urgent gaat voor
/// belangrijk", 004 l. 7009–7010), and every partner has learning goals (004 l. 1389–1391). Weeks without reflection
/// count with time alone.
/// </summary>
public static class Rec09OrganiseerReflectie
{
    public static IndicatorResult Evaluate(HealthContext c)
    {
        var f = c.Facts;
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();

        var held = f.Sessions.Where(s => s.Held && s.HeldOn <= c.Today).MaxBy(s => s.HeldOn);
        if (held is not null) evidence.Add(Evidence("Laatste reflectiebijeenkomst gehouden.", held.Source, held.HeldOn));
        var since = held?.HeldOn ?? c.StartDate;
        var daysWithout = DaysBetween(since, c.Today);
        if (daysWithout > t.Rec9GreenWithinWeeks * 7)
            missing.Add($"Een reflectiebijeenkomst houden: de laatste {(held is null ? "ooit" : "was op " + Date(held.HeldOn!.Value))}, groen binnen {t.Rec9GreenWithinWeeks} weken.");

        // Cancellations recorded after the last session that was held, in a row.
        var cancelledInARow = f.Sessions
            .OrderBy(s => s.Source.RecordedAt).Reverse()
            .TakeWhile(s => !s.Held)
            .ToList();
        foreach (var cancelled in cancelledInARow)
            evidence.Add(Evidence($"Reflectiebijeenkomst afgelast: {cancelled.CancelReason}", cancelled.Source));
        if (cancelledInARow.Count > 0) missing.Add("De afgelaste reflectie alsnog houden.");

        var partners = c.ActivePartners;
        var withGoals = partners.Count(p => f.LearningGoals.Any(g => g.PartnerId == p.PartnerId));
        foreach (var partner in partners.Where(p => !f.LearningGoals.Any(g => g.PartnerId == p.PartnerId)))
            missing.Add($"Leerdoelen van {partner.OrganisationName} formuleren.");
        evidence.AddRange(f.LearningGoals.Where(g => partners.Any(p => p.PartnerId == g.PartnerId)).Select(g => Evidence("Leerdoel geformuleerd.", g.Source)));
        var goalsShare = partners.Count == 0 ? 100 : withGoals * 100 / partners.Count;

        var (status, reason) =
            daysWithout > t.Rec9RedAfterWeeks * 7 ? (IndicatorStatus.Rood, $"Langer dan {t.Rec9RedAfterWeeks} weken geen reflectie gehouden.")
            : cancelledInARow.Count >= t.Rec9RedConsecutiveCancellations ? (IndicatorStatus.Rood, $"{cancelledInARow.Count} reflectiebijeenkomsten op rij afgelast.")
            : partners.Count > 0 && withGoals == 0 ? (IndicatorStatus.Rood, "Geen enkele partner heeft leerdoelen.")
            : daysWithout > t.Rec9GreenWithinWeeks * 7 ? (IndicatorStatus.Oranje, $"Langer dan {t.Rec9GreenWithinWeeks} weken geen reflectie gehouden.")
            : cancelledInARow.Count > 0 ? (IndicatorStatus.Oranje, "De laatste reflectiebijeenkomst is afgelast.")
            : goalsShare < t.Rec9LearningGoalsGreenFromPercent ? (IndicatorStatus.Oranje, $"{Percent(withGoals, partners.Count)} van de partners heeft leerdoelen (groen vanaf {t.Rec9LearningGoalsGreenFromPercent}%).")
            : (IndicatorStatus.Groen, "Er wordt regelmatig gereflecteerd en de partners hebben leerdoelen.");
        return c.Result(Recommendation.OrganiseerReflectie, status, reason, evidence, missing);
    }
}
