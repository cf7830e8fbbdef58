using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 7: in the recent window, lived experience had a place at the table and meetings spent enough of their agenda
/// on opgave and praktijk rather than on proces and middelen (004 l. 1291–1295). Recorded agendas that are mostly
/// process, and lived experience that has not been heard for a while, are questions (oranje); nothing recorded at all
/// is only not recorded. A standing arrangement (a spiegelgroep, a panel) counts for as long as it stands.
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

        // A standing arrangement brings lived experience to the table for as long as it stands; once ended, its end
        // date is the last time it did, and it ages like a contribution.
        var endings = f.ArrangementEndings.ToDictionary(e => e.What);
        var standing = f.Arrangements.Where(a => a.EstablishedOn <= c.Today && !endings.ContainsKey(a.ArrangementId.ToString())).ToList();
        var ended = f.Arrangements
            .Where(a => endings.ContainsKey(a.ArrangementId.ToString()))
            .Select(a => (a.Name, End: endings[a.ArrangementId.ToString()]))
            .Select(x => new DatedFact($"{x.Name}, tot {Date(x.End.On)}", x.End.On, x.End.Source));
        var allLived = f.LivedExperience.Concat(ended).ToList();
        var lived = allLived.Where(x => InWindow(x.On)).ToList();
        var earlierLived = allLived.Where(x => x.On <= windowStart).MaxBy(x => x.On);
        evidence.AddRange(standing.Select(a => Evidence($"Staande groep aan tafel: {a.Name} (sinds {Date(a.EstablishedOn)}).", a.Source, a.EstablishedOn)));
        var heard = lived.Count + standing.Count;
        var meetings = f.Meetings.Where(x => InWindow(x.HeldOn) && x.OpgaveItems + x.ProcessItems > 0).ToList();
        var opgaveItems = meetings.Sum(m => m.OpgaveItems);
        var allItems = opgaveItems + meetings.Sum(m => m.ProcessItems);
        var share = allItems == 0 ? 0 : opgaveItems * 100 / allItems;
        var agendaMostlyProcess = allItems > 0 && share < t.Rec7GreenOpgaveItemsPercent;
        var livedAged = heard == 0 && earlierLived is not null;

        evidence.AddRange(lived.Select(x => Evidence($"Ervaringsverhaal aan tafel ({x.What}).", x.Source, x.On)));
        if (livedAged)
            evidence.Add(Against($"Laatste ervaringsverhaal aan tafel op {Date(earlierLived!.On)} ({earlierLived.What}).", earlierLived.Source, earlierLived.On));
        evidence.AddRange(meetings.Select(x => agendaMostlyProcess
            ? Against($"Overleg met {x.OpgaveItems} van {x.OpgaveItems + x.ProcessItems} agendapunten over opgave en praktijk.", x.Source, x.HeldOn)
            : Evidence($"Overleg met {x.OpgaveItems} van {x.OpgaveItems + x.ProcessItems} agendapunten over opgave en praktijk.", x.Source, x.HeldOn)));

        if (heard == 0)
            missing.Add($"Ervaringsdeskundigen of burgers met hun praktijkverhaal aan tafel vastleggen (de afgelopen {t.Rec7WindowMonths} maanden niet vastgelegd).");
        if (allItems == 0)
            missing.Add($"Overleggen met hun agenda vastleggen (opgave en praktijk of proces en middelen).");
        else if (agendaMostlyProcess)
            missing.Add($"Meer agendapunten over opgave en praktijk: nu {Percent(opgaveItems, allItems)}, groen vanaf {t.Rec7GreenOpgaveItemsPercent}%.");

        if (agendaMostlyProcess || livedAged)
            return c.Result(Recommendation.BlijfDeMensZien, IndicatorStatus.Oranje,
                agendaMostlyProcess ? $"De vastgelegde overleggen gaan vooral over proces en middelen ({Percent(opgaveItems, allItems)} over opgave en praktijk)."
                : $"De afgelopen {t.Rec7WindowMonths} maanden is geen ervaringsverhaal aan tafel vastgelegd; het laatste was op {Date(earlierLived!.On)}.",
                evidence, missing);
        if (heard == 0)
            return c.NotRecorded(Recommendation.BlijfDeMensZien, "of ervaringsdeskundigen of burgers met hun praktijkverhaal aan tafel kwamen.", evidence, missing);
        return c.Result(Recommendation.BlijfDeMensZien, IndicatorStatus.Groen,
            allItems == 0 ? "Ervaringsverhalen aan tafel." : $"Ervaringsverhalen aan tafel en {Percent(opgaveItems, allItems)} van de agenda over opgave en praktijk.",
            evidence, missing);
    }
}
