using Governance.Domain.Partners;
using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 2: a shared starting point, endorsed by the partners, with each partner's interest and contribution. An
/// endorsement is of the text as it then stood: when the opgave is formulated again, earlier endorsements lapse
/// until the partner endorses the new formulation. A partner that withdrew its endorsement or recorded dissent on the
/// opgave is recorded as not sharing it: that keeps the indicator from groen, and makes it rood when the opgave's
/// owner or financier does not share it, or too few partners still do (docs/health-indicators.md).
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
        var reformulation = f.OpgaveFormulations.Count > 1 ? opgave!.Source : null;
        var financiers = f.Funding.Select(x => x.CommittedByPartnerId).ToHashSet();

        var endorsed = 0;
        var lapsed = 0;
        var withInterest = 0;
        var notSharing = new List<(PartnerFact Partner, string What)>();
        foreach (var partner in partners)
        {
            var stance = Stance.Of(f, partner.PartnerId);
            if (stance.OpenDissent is { } dissent)
            {
                var what = $"{partner.OrganisationName} deelt de opgave niet (sinds {Date(dissent.On)}: {dissent.Note.TrimEnd('.')})";
                notSharing.Add((partner, what));
                evidence.Add(Against($"{what}.", dissent.Source, dissent.On));
                missing.Add($"Vastleggen hoe de onenigheid met {partner.OrganisationName} over de opgave is opgelost, of dat zij de opgave weer onderschrijft.");
            }
            else if (stance.Withdrawal is { } withdrawal)
            {
                var what = $"{partner.OrganisationName} trok op {Date(withdrawal.On)} de onderschrijving in ({withdrawal.Note.TrimEnd('.')})";
                notSharing.Add((partner, what));
                evidence.Add(Against($"{what}.", withdrawal.Source, withdrawal.On));
                missing.Add($"Vastleggen of {partner.OrganisationName} de opgave weer onderschrijft.");
            }
            else if (stance.Endorsement is not { } endorsement)
                missing.Add($"Vastleggen of {partner.OrganisationName} de gedeelde ambitie onderschrijft.");
            else if (reformulation is { } re && LapsedBy(endorsement, re))
            {
                lapsed++;
                evidence.Add(Against($"{partner.OrganisationName} onderschreef de opgave op {Date(endorsement.On)}, vóór de herformulering van {Date(DateOf(re))}.",
                    endorsement.Source, endorsement.On));
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

        var shares = $"onderschreven door {Percent(endorsed, partners.Count)}, belang vastgelegd voor {Percent(withInterest, partners.Count)} van de partners";

        // Recorded dissent or a withdrawn endorsement is negative evidence: never groen while it stands.
        if (notSharing.Count > 0)
        {
            var who = string.Join("; ", notSharing.Select(x => x.What));
            // The opgave is the opdrachtgever's to give and the financier's to pay for: without them there is no shared starting point.
            var owners = notSharing.Where(x => x.Partner.Role == PartnerRole.Opdrachtgever || financiers.Contains(x.Partner.PartnerId)).ToList();
            if (owners.Count > 0)
                return c.Result(Recommendation.VerbindOpgaveEnSpelers, IndicatorStatus.Rood,
                    $"Een opdrachtgever of financier deelt de opgave niet: {string.Join("; ", owners.Select(x => x.What))}.", evidence, missing);
            var sharing = (partners.Count - notSharing.Count) * 100 / partners.Count;
            if (sharing < t.Rec2RedBelowPercent)
                return c.Result(Recommendation.VerbindOpgaveEnSpelers, IndicatorStatus.Rood,
                    $"Van {Percent(notSharing.Count, partners.Count)} van de partners is vastgelegd dat zij de opgave niet (meer) delen (rood onder {t.Rec2RedBelowPercent}% die haar nog delen): {who}.", evidence, missing);
            return c.Result(Recommendation.VerbindOpgaveEnSpelers, IndicatorStatus.Oranje, $"{who} ({shares}).", evidence, missing);
        }

        var lowest = Math.Min(endorsed, withInterest) * 100 / partners.Count;
        if (lowest >= t.Rec2GreenFromPercent)
            return c.Result(Recommendation.VerbindOpgaveEnSpelers, IndicatorStatus.Groen, $"Gezamenlijk startpunt, {shares}.", evidence, missing);
        // Below the mark: a lapsed endorsement is a recorded fact; a partner without any record is only not recorded.
        if (lapsed == 0)
            return c.NotRecorded(Recommendation.VerbindOpgaveEnSpelers,
                $"of genoeg partners de opgave onderschrijven en wat hun belang is ({shares}; groen vanaf {t.Rec2GreenFromPercent}%).", evidence, missing);
        return c.Result(Recommendation.VerbindOpgaveEnSpelers, IndicatorStatus.Oranje,
            $"De opgave is op {Date(DateOf(reformulation!))} opnieuw geformuleerd en {(lapsed == 1 ? "1 partner onderschreef" : $"{lapsed} partners onderschreven")} haar alleen vóór die herformulering ({shares}).", evidence, missing);
    }

    /// <summary>
    /// An endorsement covers the text as it stood when it was given: it lapses when it was recorded before the
    /// reformulation, or is dated before the day of it (entered later, but given for the older text).
    /// </summary>
    private static bool LapsedBy(PartnerStanceFact endorsement, FactSource reformulation) =>
        endorsement.Source.RecordedAt < reformulation.RecordedAt || endorsement.On < DateOf(reformulation);

    /// <summary>
    /// A partner's current stance on the opgave, read from its stance changes in the order they were recorded (as the
    /// programme's own fold decides them): endorsing ends a withdrawal and a dissent, withdrawing or dissenting ends
    /// an endorsement, resolving ends a dissent (and a withdrawal before it) without endorsing.
    /// </summary>
    private sealed record Stance(PartnerStanceFact? Endorsement, PartnerStanceFact? Withdrawal, PartnerStanceFact? OpenDissent)
    {
        public static Stance Of(ProgrammeFacts f, Guid partnerId) =>
            f.OpgaveStances.Where(x => x.PartnerId == partnerId).Aggregate(new Stance(null, null, null), (now, x) => x.Stance switch
            {
                OpgaveStance.Endorsed => new Stance(x, null, null),
                OpgaveStance.Withdrawn => now with { Endorsement = null, Withdrawal = x },
                OpgaveStance.Dissented => now with { Endorsement = null, OpenDissent = x },
                _ => now with { Withdrawal = null, OpenDissent = null },
            });
    }
}
