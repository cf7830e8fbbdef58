using Governance.Domain.Care;
using Governance.Domain.Partners;
using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 5: a governance body exists; bodies and valid mandates together cover the four aspects of doorzettingsmacht
/// (004 l. 1136–1138: "beleidsmatige, financiële, juridische en communicatieve"); every partner has a seat at a
/// table; tensions escalated to a body do not stay open.
/// </summary>
public static class Rec05CreeerDoorzettingskracht
{
    public static IndicatorResult Evaluate(HealthContext c)
    {
        var f = c.Facts;
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();

        if (f.Bodies.Count == 0)
            return c.Result(Recommendation.CreeerDoorzettingskracht, IndicatorStatus.Rood, "Er is geen overleg- of besluitvormingsorgaan ingericht.",
                evidence, ["Een gremium met doorzettingsmacht inrichten, bijvoorbeeld een stuurgroep (004 l. 1913–1915)."]);

        foreach (var body in f.Bodies)
            evidence.Add(Evidence($"Gremium {body.Name} ingericht ({string.Join(", ", body.Aspects)}).", body.Source));
        var validMandates = f.Mandates
            .Where(m => !f.MandateRevocations.Any(r => r.What == m.MandateId.ToString()))
            .Where(m => m.ValidFrom <= c.Today && (m.ValidUntil is null || m.ValidUntil >= c.Today))
            .ToList();
        foreach (var mandate in validMandates)
            evidence.Add(Evidence($"Mandaat geldig ({string.Join(", ", mandate.Aspects)}).", mandate.Source, mandate.ValidFrom));

        var covered = f.Bodies.SelectMany(b => b.Aspects).Concat(validMandates.SelectMany(m => m.Aspects)).ToHashSet();
        var uncovered = Enum.GetValues<DoorzettingsAspect>().Where(a => !covered.Contains(a)).ToList();
        if (uncovered.Count > 0)
            missing.Add($"Doorzettingsmacht organiseren op: {string.Join(", ", uncovered)}.");

        foreach (var partner in c.ActivePartners.Where(p => !HasSeat(f, p.PartnerId)))
            missing.Add($"{partner.OrganisationName} een plek aan tafel geven in een gremium.");

        var openDays = 0;
        foreach (var escalation in f.TensionSteps.Where(s => s.Step == TensionStep.Escalated))
        {
            if (f.TensionSteps.Any(s => s.TensionId == escalation.TensionId && s.Step == TensionStep.Resolved)) continue;
            var days = DaysBetween(escalation.On, c.Today);
            openDays = Math.Max(openDays, days);
            var subject = f.Tensions.FirstOrDefault(x => x.TensionId == escalation.TensionId)?.Subject ?? "spanning";
            evidence.Add(Evidence($"Geëscaleerd en nog open: {subject} ({days / 7} weken).", escalation.Source, escalation.On));
            if (days > t.Rec5EscalationOrangeWeeks * 7) missing.Add($"Besluit nemen over de geëscaleerde kwestie '{subject}'.");
        }

        var (status, reason) =
            openDays > t.Rec5EscalationRedWeeks * 7 ? (IndicatorStatus.Rood, $"Een escalatie staat langer dan {t.Rec5EscalationRedWeeks} weken open.")
            : openDays > t.Rec5EscalationOrangeWeeks * 7 ? (IndicatorStatus.Oranje, $"Een escalatie staat langer dan {t.Rec5EscalationOrangeWeeks} weken open.")
            : missing.Count > 0 ? (IndicatorStatus.Oranje, "De governance heeft nog een structureel gat.")
            : (IndicatorStatus.Groen, "Gremia en mandaten dekken de vier aspecten; iedere partner heeft een plek aan tafel.");
        return c.Result(Recommendation.CreeerDoorzettingskracht, status, reason, evidence, missing);
    }

    private static bool HasSeat(ProgrammeFacts f, Guid partnerId) =>
        f.BodyMemberships.Where(m => m.PartnerId == partnerId).GroupBy(m => m.BodyId).Any(g => g.Last().Added);
}
