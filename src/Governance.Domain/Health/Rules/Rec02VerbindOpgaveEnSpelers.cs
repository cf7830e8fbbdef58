using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>Rec. 2: a shared starting point, endorsed by the partners, with each partner's interest and contribution.</summary>
public static class Rec02VerbindOpgaveEnSpelers
{
    public static IndicatorResult Evaluate(HealthContext c)
    {
        var f = c.Facts;
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();
        var partners = c.ActivePartners;

        var opgave = f.OpgaveFormulations.LastOrDefault();
        if (opgave is null) missing.Add("Een gezamenlijk startpunt formuleren: opgave, ambitie, acties, kaders en ruimte.");
        else evidence.Add(Evidence("Gezamenlijk startpunt geformuleerd.", opgave.Source));

        var endorsed = 0;
        var withInterest = 0;
        foreach (var partner in partners)
        {
            var endorsement = f.Endorsements.FirstOrDefault(e => e.PartnerId == partner.PartnerId);
            if (endorsement is null) missing.Add($"{partner.OrganisationName} onderschrijft de gedeelde ambitie nog niet.");
            else { endorsed++; evidence.Add(Evidence($"{partner.OrganisationName} onderschrijft de opgave.", endorsement.Source, endorsement.On)); }
            var interest = f.InterestsRecorded.FirstOrDefault(i => i.PartnerId == partner.PartnerId);
            if (interest is null) missing.Add($"Belang en bijdrage van {partner.OrganisationName} vastleggen.");
            else { withInterest++; evidence.Add(Evidence($"Belang en bijdrage van {partner.OrganisationName} vastgelegd.", interest.Source)); }
        }

        if (partners.Count == 0)
            return c.Result(Recommendation.VerbindOpgaveEnSpelers, IndicatorStatus.Rood, "Er zijn geen partners die aan de opgave bijdragen.",
                evidence, missing.Append("De benodigde spelers bijeenbrengen (partners toevoegen)."));

        var lowest = Math.Min(endorsed, withInterest) * 100 / partners.Count;
        var shares = $"onderschreven door {Percent(endorsed, partners.Count)}, belang vastgelegd voor {Percent(withInterest, partners.Count)} van de partners";
        var (status, reason) =
            opgave is null ? (IndicatorStatus.Rood, "Er is geen gezamenlijk startpunt geformuleerd.")
            : lowest < t.Rec2RedBelowPercent ? (IndicatorStatus.Rood, $"Te weinig partners verbonden ({shares}; rood onder {t.Rec2RedBelowPercent}%).")
            : lowest < t.Rec2GreenFromPercent ? (IndicatorStatus.Oranje, $"Niet alle partners verbonden ({shares}; groen vanaf {t.Rec2GreenFromPercent}%).")
            : (IndicatorStatus.Groen, $"Gezamenlijk startpunt, {shares}.");
        return c.Result(Recommendation.VerbindOpgaveEnSpelers, status, reason, evidence, missing);
    }
}
