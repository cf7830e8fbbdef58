using Governance.Domain.Partners;
using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 4: committed funding reaches the planned end, and funding is not the opdrachtnemer's task (004 l. 1870–1878).
/// Time passing shortens the horizon, so this indicator can turn without any new event.
/// </summary>
public static class Rec04OrganiseerPassendeMiddelen
{
    public static IndicatorResult Evaluate(HealthContext c)
    {
        var f = c.Facts;
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();

        foreach (var funding in f.Funding)
            evidence.Add(Evidence($"Financiering toegezegd: € {funding.AmountEuro:N0} tot {Date(funding.Until)}.", funding.Source));

        var byOpdrachtnemer = f.Funding
            .Where(x => f.PartnersJoined.Any(p => p.PartnerId == x.CommittedByPartnerId && p.Role == PartnerRole.Opdrachtnemer))
            .ToList();
        if (byOpdrachtnemer.Count > 0)
            return c.Result(Recommendation.OrganiseerPassendeMiddelen, IndicatorStatus.Rood,
                "Financiering is toegezegd door de opdrachtnemer; dat is de taak van opdrachtgever en lijnorganisaties.",
                evidence, ["De financiering laten organiseren door de opdrachtgever en de lijnorganisaties (004 l. 1870–1878)."]);

        var horizon = f.Funding.Count == 0 ? (NodaTime.LocalDate?)null : f.Funding.Max(x => x.Until);
        var redLine = c.Today.PlusMonths(t.Rec4RedHorizonMonths);
        if (horizon is null || horizon < c.PlannedEndDate)
            missing.Add($"Financiering toezeggen tot de geplande einddatum ({Date(c.PlannedEndDate)}).");

        var (status, reason) =
            horizon is null ? (IndicatorStatus.Rood, "Er is geen financiering toegezegd.")
            : horizon >= c.PlannedEndDate ? (IndicatorStatus.Groen, $"Financiering tot {Date(horizon.Value)} dekt de looptijd tot {Date(c.PlannedEndDate)}.")
            : horizon >= redLine ? (IndicatorStatus.Oranje, $"Financiering loopt tot {Date(horizon.Value)}, niet tot het geplande einde ({Date(c.PlannedEndDate)}).")
            : (IndicatorStatus.Rood, $"Financiering loopt tot {Date(horizon.Value)}: minder dan {t.Rec4RedHorizonMonths} maanden vooruit en niet tot het geplande einde.");
        return c.Result(Recommendation.OrganiseerPassendeMiddelen, status, reason, evidence, missing);
    }
}
