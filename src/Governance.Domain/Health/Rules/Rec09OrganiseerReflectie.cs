using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 9: reflection sessions are actually held (not merely scheduled), not repeatedly cancelled ("Urgent gaat voor
/// belangrijk", 004 l. 7009–7010), and every partner has learning goals (004 l. 1389–1391). A held session ages with
/// time alone: oranje once it is no longer recent; rood only where the programme committed to a reflection cadence
/// (a dated commitment that has passed) — counted from the day the cadence was agreed when no session was ever held
/// (the first session never came). Learning goals not recorded are listed, never lower the status: a
/// reflection held recently says more about reflecting than a missing form does.
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
        var cadence = f.ReflectionCadences.LastOrDefault();
        if (cadence is not null) evidence.Add(Evidence($"Afgesproken: reflectie {cadence.What}.", cadence.Source));
        var daysWithout = held is null ? 0 : DaysBetween(held.HeldOn!.Value, c.Today);
        // A cadence agreed while no session was ever held is a dated commitment too: counted from the day it was
        // agreed, it ages like a last session would (oranje, then rood), worded as "niet vastgelegd".
        var agreedOn = cadence is null ? (NodaTime.LocalDate?)null : DateOf(cadence.Source);
        var daysSinceAgreed = held is null && agreedOn is { } agreed ? DaysBetween(agreed, c.Today) : 0;
        var aged = held is not null && daysWithout > t.Rec9GreenWithinWeeks * 7;
        if (held is not null)
            evidence.Add(aged
                ? Against($"Laatste reflectiebijeenkomst gehouden op {Date(held.HeldOn!.Value)}.", held.Source, held.HeldOn)
                : Evidence("Laatste reflectiebijeenkomst gehouden.", held.Source, held.HeldOn));
        if (held is null)
            missing.Add("Een gehouden reflectiebijeenkomst vastleggen (er is er nog geen vastgelegd).");
        else if (aged)
            missing.Add($"Een reflectiebijeenkomst houden: de laatste vastgelegde was op {Date(held.HeldOn!.Value)}, groen binnen {t.Rec9GreenWithinWeeks} weken.");

        // Cancellations recorded after the last session that was held, in a row.
        var cancelledInARow = f.Sessions
            .OrderBy(s => s.Source.RecordedAt).Reverse()
            .TakeWhile(s => !s.Held)
            .ToList();
        foreach (var cancelled in cancelledInARow)
            evidence.Add(Against($"Reflectiebijeenkomst afgelast: {cancelled.CancelReason}", cancelled.Source));
        if (cancelledInARow.Count > 0) missing.Add("De afgelaste reflectie alsnog houden.");

        var partners = c.ActivePartners;
        var withGoals = partners.Count(p => f.LearningGoals.Any(g => g.PartnerId == p.PartnerId));
        foreach (var partner in partners.Where(p => !f.LearningGoals.Any(g => g.PartnerId == p.PartnerId)))
            missing.Add($"Leerdoelen van {partner.OrganisationName} vastleggen.");
        evidence.AddRange(f.LearningGoals.Where(g => partners.Any(p => p.PartnerId == g.PartnerId)).Select(g => Evidence("Leerdoel geformuleerd.", g.Source)));
        var goals = partners.Count == 0 ? "" : $" {Percent(withGoals, partners.Count)} van de partners heeft leerdoelen vastgelegd.";

        var (status, reason) =
            cancelledInARow.Count >= t.Rec9RedConsecutiveCancellations ? (IndicatorStatus.Rood, $"{cancelledInARow.Count} reflectiebijeenkomsten op rij afgelast.")
            : cadence is not null && held is not null && daysWithout > t.Rec9RedAfterWeeks * 7
                ? (IndicatorStatus.Rood, $"Reflectie {cadence.What} is afgesproken, maar sinds {Date(held.HeldOn!.Value)} is geen gehouden bijeenkomst vastgelegd (rood na {t.Rec9RedAfterWeeks} weken).")
            : held is null && agreedOn is not null && daysSinceAgreed > t.Rec9RedAfterWeeks * 7
                ? (IndicatorStatus.Rood, $"Reflectie {cadence!.What} is afgesproken op {Date(agreedOn.Value)}, maar sindsdien is geen gehouden bijeenkomst vastgelegd (rood na {t.Rec9RedAfterWeeks} weken).")
            : cancelledInARow.Count > 0 ? (IndicatorStatus.Oranje, "De laatste reflectiebijeenkomst is afgelast.")
            : held is null && agreedOn is not null && daysSinceAgreed > t.Rec9GreenWithinWeeks * 7
                ? (IndicatorStatus.Oranje, $"Reflectie {cadence!.What} is afgesproken op {Date(agreedOn.Value)}; sindsdien is nog geen gehouden bijeenkomst vastgelegd.")
            : aged ? (IndicatorStatus.Oranje, $"Langer dan {t.Rec9GreenWithinWeeks} weken geen gehouden reflectiebijeenkomst vastgelegd (de laatste op {Date(held!.HeldOn!.Value)}).")
            : held is null ? (IndicatorStatus.NogNietTeBeoordelen, "Nog niet te beoordelen: niet vastgelegd dat er een reflectiebijeenkomst is gehouden.")
            : (IndicatorStatus.Groen, "Er wordt regelmatig gereflecteerd." + goals);
        return c.Result(Recommendation.OrganiseerReflectie, status, reason, evidence, missing);
    }
}
