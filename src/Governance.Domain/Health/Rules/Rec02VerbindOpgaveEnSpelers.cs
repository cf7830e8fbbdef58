using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 2: a shared starting point, endorsed by the partners, with each partner's interest and contribution. An
/// endorsement is of the text as it then stood: when the opgave is formulated again, earlier endorsements lapse
/// until the partner endorses the new formulation.
/// </summary>
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
        // Only a reformulation makes earlier endorsements lapse; the first formulation may follow the first talks.
        var reformulatedAt = f.OpgaveFormulations.Count > 1 ? opgave!.Source.RecordedAt : (NodaTime.Instant?)null;

        var endorsed = 0;
        var lapsed = 0;
        var withInterest = 0;
        foreach (var partner in partners)
        {
            var endorsement = f.Endorsements.LastOrDefault(e => e.PartnerId == partner.PartnerId);
            if (endorsement is null) missing.Add($"Vastleggen of {partner.OrganisationName} de gedeelde ambitie onderschrijft.");
            else if (reformulatedAt is { } at && endorsement.Source.RecordedAt < at)
            {
                lapsed++;
                evidence.Add(Against($"{partner.OrganisationName} onderschreef een eerdere formulering van de opgave.", endorsement.Source, endorsement.On));
                missing.Add($"Vastleggen of {partner.OrganisationName} de nieuwe formulering van de opgave onderschrijft.");
            }
            else { endorsed++; evidence.Add(Evidence($"{partner.OrganisationName} onderschrijft de opgave.", endorsement.Source, endorsement.On)); }
            var interest = f.InterestsRecorded.FirstOrDefault(i => i.PartnerId == partner.PartnerId);
            if (interest is null) missing.Add($"Belang en bijdrage van {partner.OrganisationName} vastleggen.");
            else { withInterest++; evidence.Add(Evidence($"Belang en bijdrage van {partner.OrganisationName} vastgelegd.", interest.Source)); }
        }

        if (opgave is null)
            return c.NotRecorded(Recommendation.VerbindOpgaveEnSpelers, "wat het gezamenlijke startpunt (de opgave) is.", evidence, missing);
        if (partners.Count == 0)
            return c.NotRecorded(Recommendation.VerbindOpgaveEnSpelers, "welke partners aan de opgave bijdragen.",
                evidence, missing.Append("De partners vastleggen die aan de opgave bijdragen."));

        var lowest = Math.Min(endorsed, withInterest) * 100 / partners.Count;
        var shares = $"onderschreven door {Percent(endorsed, partners.Count)}, belang vastgelegd voor {Percent(withInterest, partners.Count)} van de partners";
        if (lowest >= t.Rec2GreenFromPercent)
            return c.Result(Recommendation.VerbindOpgaveEnSpelers, IndicatorStatus.Groen, $"Gezamenlijk startpunt, {shares}.", evidence, missing);
        // Below the mark: a lapsed endorsement is a recorded fact; a partner without any record is only not recorded.
        if (lapsed == 0)
            return c.NotRecorded(Recommendation.VerbindOpgaveEnSpelers,
                $"of genoeg partners de opgave onderschrijven en wat hun belang is ({shares}; groen vanaf {t.Rec2GreenFromPercent}%).", evidence, missing);
        return c.Result(Recommendation.VerbindOpgaveEnSpelers, IndicatorStatus.Oranje,
            $"De opgave is opnieuw geformuleerd en {lapsed} partner(s) onderschreven alleen de eerdere formulering ({shares}).", evidence, missing);
    }
}
