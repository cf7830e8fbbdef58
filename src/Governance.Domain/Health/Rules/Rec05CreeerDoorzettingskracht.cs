using Governance.Domain.Care;
using Governance.Domain.Partners;
using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 5: bodies that carry doorzettingsmacht exist; bodies and valid mandates together cover the four aspects
/// (004 l. 1136–1138: "beleidsmatige, financiële, juridische en communicatieve"); every partner has a seat at a
/// table. Doorzettingskracht drops while a tension escalated to a body is open, and while an opdrachtgever has a new
/// representative who has not (re)confirmed the opdracht (004 l. 2083–2090).
/// </summary>
public static class Rec05CreeerDoorzettingskracht
{
    public static IndicatorResult Evaluate(HealthContext c)
    {
        var f = c.Facts;
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();

        // A body without any aspect of doorzettingsmacht (a sounding board, a working group) cannot push anything through.
        var bodies = f.Bodies.Where(b => b.Aspects.Count > 0).ToList();
        foreach (var body in bodies)
            evidence.Add(Evidence($"Gremium {body.Name} ingericht ({string.Join(", ", body.Aspects)}).", body.Source));
        var validMandates = f.Mandates
            .Where(m => !f.MandateRevocations.Any(r => r.What == m.MandateId.ToString()))
            .Where(m => m.ValidFrom <= c.Today && (m.ValidUntil is null || m.ValidUntil >= c.Today))
            .ToList();
        foreach (var mandate in validMandates)
            evidence.Add(Evidence($"Mandaat geldig ({string.Join(", ", mandate.Aspects)}).", mandate.Source, mandate.ValidFrom));

        var covered = bodies.SelectMany(b => b.Aspects).Concat(validMandates.SelectMany(m => m.Aspects)).ToHashSet();
        var uncovered = Enum.GetValues<DoorzettingsAspect>().Where(a => !covered.Contains(a)).ToList();
        if (bodies.Count == 0)
            missing.Add("Een gremium met doorzettingsmacht vastleggen, bijvoorbeeld een stuurgroep, met de aspecten waarop het besluit (004 l. 1913–1915).");
        else if (uncovered.Count > 0)
            missing.Add($"Vastleggen wie doorzettingsmacht heeft op: {string.Join(", ", uncovered)} (een gremium of een mandaat).");
        foreach (var partner in c.ActivePartners.Where(p => !HasSeat(f, p.PartnerId)))
            missing.Add($"Vastleggen in welk gremium {partner.OrganisationName} aan tafel zit.");

        var openDays = -1;
        foreach (var escalation in f.TensionSteps.Where(s => s.Step == TensionStep.Escalated))
        {
            if (f.TensionSteps.Any(s => s.TensionId == escalation.TensionId && s.Step == TensionStep.Resolved)) continue;
            var days = Math.Max(0, DaysBetween(escalation.On, c.Today));
            openDays = Math.Max(openDays, days);
            var subject = f.Tensions.FirstOrDefault(x => x.TensionId == escalation.TensionId)?.Subject ?? "spanning";
            evidence.Add(Against($"Geëscaleerd en nog open: {subject} ({days / 7} weken).", escalation.Source, escalation.On));
            missing.Add($"Besluit nemen over de geëscaleerde kwestie '{subject}'.");
        }

        // A mandate that ran out (its own end date passed) leaving an aspect uncovered is a dated commitment that
        // lapsed without renewal: recorded, so a question (oranje), not mere absence.
        var lapsed = f.Mandates
            .Where(m => m.ValidUntil is { } until && until < c.Today && !f.MandateRevocations.Any(r => r.What == m.MandateId.ToString()))
            .Where(m => m.Aspects.Any(a => uncovered.Contains(a)))
            .ToList();
        foreach (var mandate in lapsed)
            evidence.Add(Against($"Mandaat ({string.Join(", ", mandate.Aspects)}) liep af op {Date(mandate.ValidUntil!.Value)} en is niet vernieuwd.", mandate.Source, mandate.ValidUntil));

        var unconfirmed = UnconfirmedOpdrachtgevers(c).ToList();
        foreach (var (partner, naming) in unconfirmed)
        {
            evidence.Add(Against($"{partner.OrganisationName} heeft een nieuwe vertegenwoordiger; de opdracht is sindsdien niet opnieuw bevestigd.", naming.Source));
            missing.Add($"Met de nieuwe vertegenwoordiger van {partner.OrganisationName} de opdracht opnieuw bevestigen (de opgave laten onderschrijven).");
        }

        if (openDays > t.Rec5EscalationRedWeeks * 7)
            return c.Result(Recommendation.CreeerDoorzettingskracht, IndicatorStatus.Rood, $"Een escalatie staat langer dan {t.Rec5EscalationRedWeeks} weken open.", evidence, missing);
        if (openDays >= 0 || unconfirmed.Count > 0 || lapsed.Count > 0)
            return c.Result(Recommendation.CreeerDoorzettingskracht, IndicatorStatus.Oranje,
                openDays > t.Rec5EscalationOrangeWeeks * 7 ? $"Een escalatie staat langer dan {t.Rec5EscalationOrangeWeeks} weken open."
                : openDays >= 0 ? "Er staat een escalatie open: de doorzettingskracht wordt op de proef gesteld."
                : unconfirmed.Count > 0 ? "Een opdrachtgever heeft een nieuwe vertegenwoordiger die de opdracht nog niet opnieuw heeft bevestigd."
                : "Een mandaat is afgelopen en niet vernieuwd; niet alle aspecten van doorzettingsmacht zijn nog belegd.",
                evidence, missing);
        if (missing.Count > 0)
            return c.NotRecorded(Recommendation.CreeerDoorzettingskracht,
                bodies.Count == 0 ? "welk gremium doorzettingsmacht heeft." : "hoe de doorzettingsmacht volledig is georganiseerd (zie hieronder).", evidence, missing);
        return c.Result(Recommendation.CreeerDoorzettingskracht, IndicatorStatus.Groen,
            "Gremia en mandaten dekken de vier aspecten; iedere partner heeft een plek aan tafel.", evidence, missing);
    }

    private static bool HasSeat(ProgrammeFacts f, Guid partnerId) =>
        f.BodyMemberships.Where(m => m.PartnerId == partnerId).GroupBy(m => m.BodyId).Any(g => g.Last().Added);

    /// <summary>
    /// Opdrachtgevers whose representative was named again (a new person at the table) with no endorsement of the
    /// opgave recorded since: the new person has not (re)confirmed the opdracht.
    /// </summary>
    private static IEnumerable<(PartnerFact Partner, PartnerEventFact Naming)> UnconfirmedOpdrachtgevers(HealthContext c)
    {
        foreach (var partner in c.ActivePartners.Where(p => p.Role == PartnerRole.Opdrachtgever))
        {
            var namings = c.Facts.RepresentativesNamed.Where(r => r.PartnerId == partner.PartnerId).ToList();
            if (namings.Count < 2) continue;
            var latest = namings[^1];
            if (!c.Facts.Endorsements.Any(e => e.PartnerId == partner.PartnerId && e.Source.RecordedAt >= latest.Source.RecordedAt))
                yield return (partner, latest);
        }
    }
}
