using Governance.Domain.Care;
using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 8: named tensions are discussed in time, and there are regular moments to "de stoom van de ketel halen"
/// and celebrate successes (004 l. 1367–1371). Escalating a tension is not handling it: it counts as handled once it
/// is discussed, answered or resolved, and while an escalation waits for an answer the tension is still there. An
/// undiscussed tension ages with time alone. Strain on the opdrachtnemer (the director threatening to resign or
/// leaving) waits for the opdrachtgever's follow-up: "Ook bewaak je de kracht en gezondheid van de opdrachtnemer"
/// (004 l. 2083–2085); unanswered it turns oranje at once and rood after <c>rec8TensionRedWeeks</c>.
/// </summary>
public static class Rec08BenutSpanningEnOngemak
{
    public static IndicatorResult Evaluate(HealthContext c)
    {
        var f = c.Facts;
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();

        // The steps taken on each tension, looked up once: a programme with years of tensions has thousands of steps.
        var steps = f.TensionSteps.ToLookup(s => s.TensionId);
        var oldestUndiscussed = -1;
        var openEscalations = 0;
        foreach (var tension in f.Tensions)
        {
            var handled = steps[tension.TensionId].FirstOrDefault(s => s.Step != TensionStep.Escalated);
            var resolved = steps[tension.TensionId].Any(s => s.Step == TensionStep.Resolved);
            // The last escalation waits until an answer recorded after it (or a resolution).
            var escalation = steps[tension.TensionId].LastOrDefault(s => s.Step == TensionStep.Escalated);
            var answered = escalation is not null && steps[tension.TensionId]
                .Any(s => s.Step == TensionStep.Answered && s.Source.RecordedAt >= escalation.Source.RecordedAt);
            if (escalation is not null && !resolved && !answered)
            {
                openEscalations++;
                evidence.Add(Against($"Spanning '{tension.Subject}' geëscaleerd en nog niet opgelost.", escalation.Source, escalation.On));
                missing.Add($"De geëscaleerde spanning '{tension.Subject}' bespreken en oplossen.");
            }
            if (handled is not null)
            {
                evidence.Add(Evidence($"Spanning '{tension.Subject}' {handled.Step switch { TensionStep.Resolved => "opgelost", TensionStep.Answered => "beantwoord na escalatie", _ => "besproken" }}.", handled.Source, handled.On));
                continue;
            }
            var days = Math.Max(0, DaysBetween(tension.RaisedOn, c.Today));
            oldestUndiscussed = Math.Max(oldestUndiscussed, days);
            evidence.Add(Against($"Spanning '{tension.Subject}' benoemd, nog niet besproken ({days / 7} weken).", tension.Source, tension.RaisedOn));
            if (days > t.Rec8TensionOrangeWeeks * 7) missing.Add($"De spanning '{tension.Subject}' met elkaar bespreken.");
        }

        // Strain on the opdrachtnemer waits for the opdrachtgever's follow-up.
        var oldestStrain = -1;
        foreach (var strain in f.Strains)
        {
            var what = strain.Kind == OpdrachtnemerStrain.DirectorLeft ? "De programmadirecteur vertrok" : "De programmadirecteur dreigde op te stappen";
            var followUp = f.StrainFollowUps.FirstOrDefault(u => u.What == strain.StrainId.ToString());
            if (followUp is not null)
            {
                evidence.Add(Evidence($"{what} ({Date(strain.On)}); de opdrachtgever volgde dit op.", followUp.Source, followUp.On));
                continue;
            }
            oldestStrain = Math.Max(oldestStrain, Math.Max(0, DaysBetween(strain.On, c.Today)));
            evidence.Add(Against($"{what}: {strain.Description} Nog niet opgevolgd.", strain.Source, strain.On));
            missing.Add("De opvolging door de opdrachtgever vastleggen: wat is gedaan voor de kracht en gezondheid van de opdrachtnemer?");
        }

        var lastCare = f.CareMoments.Where(x => x.On <= c.Today).MaxBy(x => x.On);
        var careRecent = lastCare is not null && DaysBetween(lastCare.On, c.Today) <= t.Rec8CareMomentWeeks * 7;
        if (lastCare is not null)
            evidence.Add(careRecent
                ? Evidence($"Laatste moment van zorg voor elkaar: {lastCare.What}.", lastCare.Source, lastCare.On)
                : Against($"Laatste moment van zorg voor elkaar op {Date(lastCare.On)}: {lastCare.What}.", lastCare.Source, lastCare.On));
        if (!careRecent)
            missing.Add($"Een vitaliteitscheck of een gevierd succes vastleggen (de afgelopen {t.Rec8CareMomentWeeks} weken niet vastgelegd).");

        var (status, reason) =
            oldestUndiscussed > t.Rec8TensionRedWeeks * 7 ? (IndicatorStatus.Rood, $"Een benoemde spanning is langer dan {t.Rec8TensionRedWeeks} weken niet besproken.")
            : oldestStrain > t.Rec8TensionRedWeeks * 7 ? (IndicatorStatus.Rood, $"Druk op de opdrachtnemer is langer dan {t.Rec8TensionRedWeeks} weken niet opgevolgd door de opdrachtgever.")
            : oldestStrain >= 0 ? (IndicatorStatus.Oranje, "Druk op de opdrachtnemer (de programmadirecteur dreigde op te stappen of vertrok) is nog niet opgevolgd.")
            : oldestUndiscussed > t.Rec8TensionOrangeWeeks * 7 ? (IndicatorStatus.Oranje, $"Een benoemde spanning is langer dan {t.Rec8TensionOrangeWeeks} weken niet besproken.")
            : openEscalations > 0 ? (IndicatorStatus.Oranje, "Een geëscaleerde spanning wacht op een antwoord.")
            : lastCare is not null && !careRecent ? (IndicatorStatus.Oranje, $"Geen vitaliteitscheck of gevierd succes vastgelegd in de afgelopen {t.Rec8CareMomentWeeks} weken.")
            : lastCare is null ? (IndicatorStatus.NogNietTeBeoordelen, "Nog niet te beoordelen: niet vastgelegd of er momenten zijn om de stoom van de ketel te halen (vitaliteitscheck, gevierd succes).")
            : (IndicatorStatus.Groen, "Spanningen worden besproken en er is regelmatig aandacht voor vitaliteit en successen.");
        return c.Result(Recommendation.BenutSpanningEnOngemak, status, reason, evidence, missing);
    }
}
