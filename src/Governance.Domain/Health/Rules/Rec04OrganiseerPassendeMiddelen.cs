using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;
using static Governance.Domain.Health.HealthContext;

namespace Governance.Domain.Health.Rules;

/// <summary>
/// Rec. 4: committed funding reaches the planned end and fits the nature of the opgave ("Bij structurele problemen
/// kan niet zonder meer volstaan worden met middelen van een té tijdelijke aard", 004 l. 1088–1094); funding is not
/// the opdrachtnemer's task (004 l. 1870–1878); a financier's open dissent about means, or an instrument (a subsidy
/// scheme) contested and not settled (GHNT, 004 l. 679–685), is strain on the means.
/// Time passing shortens the horizon, so this indicator can turn without any new event.
/// </summary>
public static class Rec04OrganiseerPassendeMiddelen
{
    private static readonly ContinuationChoice[] OpgaveGoesOn =
        [ContinuationChoice.Voortzetten, ContinuationChoice.VoortzettenInAangepasteVorm, ContinuationChoice.OverdragenAanLijn];

    public static IndicatorResult Evaluate(HealthContext c)
    {
        var f = c.Facts;
        var t = c.Thresholds;
        var evidence = new List<Evidence>();
        var missing = new List<string>();

        foreach (var funding in f.Funding)
            evidence.Add(Evidence($"Financiering toegezegd ({Kind(funding.Kind)}): {Money(funding.AmountEuro)} tot {Date(funding.Until)}.", funding.Source));

        // Instruments are means in place; a contest of one that is not settled is recorded strain on the means, also
        // before any funding is recorded.
        foreach (var instrument in f.Instruments)
            evidence.Add(Evidence($"Middel ingesteld: {instrument.Name}.", instrument.Source, instrument.On));
        var contested = OpenInstrumentDisputes(f).ToList();
        foreach (var (instrument, contest) in contested)
        {
            var partner = f.PartnersJoined.LastOrDefault(p => p.PartnerId == contest.PartnerId)?.OrganisationName ?? "een partner";
            evidence.Add(Against($"{partner} betwist het middel '{instrument.Name}': {contest.What}", contest.Source, contest.On));
            missing.Add($"De betwisting van '{instrument.Name}' met {partner} bespreken en vastleggen hoe die is beslecht.");
        }

        var byOpdrachtnemer = f.Funding
            .Where(x => f.PartnersJoined.Any(p => p.PartnerId == x.CommittedByPartnerId && p.Role == PartnerRole.Opdrachtnemer))
            .ToList();
        if (byOpdrachtnemer.Count > 0)
            return c.Result(Recommendation.OrganiseerPassendeMiddelen, IndicatorStatus.Rood,
                "Financiering is toegezegd door de opdrachtnemer; dat is de taak van opdrachtgever en lijnorganisaties.",
                evidence.Select(e => byOpdrachtnemer.Any(b => b.Source.EventId == e.EventId) ? e with { Kind = EvidenceKind.Negative } : e),
                ["De financiering laten organiseren door de opdrachtgever en de lijnorganisaties (004 l. 1870–1878)."]);

        if (f.Funding.Count == 0 && contested.Count > 0)
            return c.Result(Recommendation.OrganiseerPassendeMiddelen, IndicatorStatus.Oranje,
                "Een middel wordt betwist en dat is nog niet beslecht.", evidence,
                missing.Append("De toegezegde financiering vastleggen (wie, hoeveel, tot wanneer, tijdelijk of structureel)."));
        if (f.Funding.Count == 0)
            return c.NotRecorded(Recommendation.OrganiseerPassendeMiddelen, "welke financiering is toegezegd.", evidence,
                [$"De toegezegde financiering vastleggen (wie, hoeveel, tot wanneer, tijdelijk of structureel); het geplande einde is {Date(c.PlannedEndDate)}."]);

        var dissent = OpenFinancierDissent(f).ToList();
        foreach (var (position, decision) in dissent)
        {
            var partner = f.PartnersJoined.LastOrDefault(p => p.PartnerId == position.PartnerId)?.OrganisationName ?? "een financier";
            evidence.Add(Against($"{partner} (financier) is het oneens met '{decision.Title}', waarover nog niet is besloten.", position.Source));
            missing.Add($"Het meningsverschil met {partner} over '{decision.Title}' bespreken en besluiten.");
        }

        var horizon = f.Funding.Max(x => x.Until);
        var redLine = c.Today.PlusMonths(t.Rec4RedHorizonMonths);
        if (horizon < c.PlannedEndDate)
            missing.Add($"Financiering toezeggen tot de geplande einddatum ({Date(c.PlannedEndDate)}).");

        // A decision to go on (or hand over to the line) makes the opgave structural; temporary money alone then falls short.
        var goesOn = f.ContinuationDecisions.LastOrDefault() is { } continuation && OpgaveGoesOn.Contains(continuation.Choice) ? continuation : null;
        var onlyTemporary = goesOn is not null && f.Funding.All(x => x.Kind == FundingKind.Tijdelijk);
        if (onlyTemporary)
        {
            evidence.Add(Against($"Besloten tot voortzetting ({goesOn!.Choice}), met alleen tijdelijke financiering.", goesOn.Source, goesOn.DecidedOn));
            missing.Add("Structurele financiering vastleggen voor wat na het programma doorgaat.");
        }

        var (status, reason) =
            horizon < c.PlannedEndDate && horizon < redLine
                ? (IndicatorStatus.Rood, $"De vastgelegde financiering loopt tot {Date(horizon)}: minder dan {t.Rec4RedHorizonMonths} maanden vooruit en niet tot het geplande einde ({Date(c.PlannedEndDate)}); verdere financiering is niet vastgelegd.")
            : horizon < c.PlannedEndDate ? (IndicatorStatus.Oranje, $"De vastgelegde financiering loopt tot {Date(horizon)}, niet tot het geplande einde ({Date(c.PlannedEndDate)}).")
            : dissent.Count > 0 ? (IndicatorStatus.Oranje, "Een financier is het oneens over de middelen en daarover is nog niet besloten.")
            : contested.Count > 0 ? (IndicatorStatus.Oranje, "Een middel wordt betwist en dat is nog niet beslecht.")
            : onlyTemporary ? (IndicatorStatus.Oranje, "Er is besloten tot voortzetting, maar alleen tijdelijke financiering is vastgelegd.")
            : (IndicatorStatus.Groen, $"Financiering tot {Date(horizon)} dekt de looptijd tot {Date(c.PlannedEndDate)}.");
        return c.Result(Recommendation.OrganiseerPassendeMiddelen, status, reason, evidence, missing);
    }

    private static string Kind(FundingKind kind) => kind == FundingKind.Structureel ? "structureel" : "tijdelijk";

    /// <summary>
    /// Dissent of a partner who committed funding, on a decision about means that is not yet settled (taken,
    /// withdrawn or superseded), and not since replaced by another position of that partner.
    /// </summary>
    private static IEnumerable<(PositionFact Position, DecisionFact Decision)> OpenFinancierDissent(ProgrammeFacts f)
    {
        var financiers = f.Funding.Select(x => x.CommittedByPartnerId).ToHashSet();
        foreach (var decision in f.Decisions.Where(d => d.AboutMeans && d.Proposed))
        {
            if (f.DecisionsSettled.Any(s => s.DecisionId == decision.DecisionId)) continue;
            foreach (var last in f.Positions.Where(p => p.DecisionId == decision.DecisionId && financiers.Contains(p.PartnerId))
                         .GroupBy(p => p.PartnerId).Select(g => g.Last()))
                if (last.Position == PartnerPosition.Dissents) yield return (last, decision);
        }
    }

    /// <summary>Instruments whose last dispute step is a contest (not yet settled).</summary>
    private static IEnumerable<(InstrumentFact Instrument, InstrumentDisputeFact Contest)> OpenInstrumentDisputes(ProgrammeFacts f)
    {
        foreach (var instrument in f.Instruments)
            if (f.InstrumentDisputes.LastOrDefault(d => d.InstrumentId == instrument.InstrumentId) is { Settled: false } contest)
                yield return (instrument, contest);
    }
}
