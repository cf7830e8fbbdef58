using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 1: the programme form is justified, the opgave formulated, each partner's place recorded and the borging
/// thought through — bewust, expliciet en bij de start, so before the first decision is logged.
/// </summary>
public static class Rec01StartGericht
{
    public static IndicatorResult Evaluate(HealthContext c)
    {
        var f = c.Facts;
        var evidence = new List<Evidence>();
        var missing = new List<string>();

        var justification = f.FormJustifications.FirstOrDefault();
        var opgave = f.OpgaveFormulations.FirstOrDefault();
        var borging = f.BorgingPlans.FirstOrDefault();
        var firstDecision = f.Decisions.MinBy(d => d.Source.RecordedAt);

        if (justification is null) missing.Add("Vastleggen waarom een programma nodig is: wat de bestaande organisaties niet kunnen (programmavorm onderbouwen).");
        else evidence.Add(Evidence("Programmavorm onderbouwd: " + justification.What, justification.Source));
        if (opgave is null) missing.Add("De opgave en de beoogde maatschappelijke verandering formuleren.");
        else evidence.Add(Evidence("Opgave geformuleerd.", opgave.Source));
        if (borging is null) missing.Add("Vastleggen wie na afloop waarvoor verantwoordelijk is (borgingsplan).");
        else evidence.Add(Evidence("Borgingsplan vastgelegd (" + borging.What + ").", borging.Source));
        foreach (var partner in c.ActivePartners.Where(p => !f.InterestsRecorded.Any(i => i.PartnerId == p.PartnerId)))
            missing.Add($"Rol, belang en bijdrage van {partner.OrganisationName} vastleggen.");

        var late = new List<string>();
        foreach (var (name, fact) in new[] { ("De onderbouwing van de programmavorm", justification?.Source), ("De formulering van de opgave", opgave?.Source) })
        {
            if (fact is null) continue;
            if (firstDecision is not null && fact.RecordedAt > firstDecision.Source.RecordedAt)
                late.Add($"{name} kwam pas na het eerste besluit ({firstDecision.Title}).");
            else if (DateOf(fact) >= c.StartWindowEnd)
                late.Add($"{name} kwam pas na het startvenster (tot {Date(c.StartWindowEnd)}).");
        }
        if (firstDecision is not null && late.Count > 0)
            evidence.Add(Against("Eerste besluit: " + firstDecision.Title, firstDecision.Source, firstDecision.DecidedOn));
        var notRecorded = missing.Count;
        missing.AddRange(late.Select(l => l + " Keuzes horen bij de start te worden gemaakt."));

        // A choice recorded late is a recorded fact against "bij de start"; a choice not recorded at all is only absence.
        if (late.Count == 0 && notRecorded > 0)
            return c.NotRecorded(Recommendation.StartGericht,
                justification is null ? "waarom voor een programma is gekozen (en wat nog meer ontbreekt, zie hieronder)." : "hoe de start volledig is ingericht (zie hieronder).",
                evidence, missing);
        var (status, reason) = late.Count > 0
            ? (IndicatorStatus.Oranje, "De inrichtingskeuzes zijn niet (alle) bij de start gemaakt.")
            : (IndicatorStatus.Groen, "Programmavorm, opgave, rollen en borging zijn bij de start vastgelegd.");
        return c.Result(Recommendation.StartGericht, status, reason, evidence, missing);
    }
}
