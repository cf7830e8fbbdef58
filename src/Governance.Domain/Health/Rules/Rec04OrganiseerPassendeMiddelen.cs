using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;
using NodaTime;
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
            evidence.Add(Evidence($"Financiering toegezegd ({Kind(funding.Kind)}): {AmountOf(funding)} tot {UntilOf(funding)}.", funding.Source));

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
                [c.PlannedEndDate is { } plannedEnd
                    ? $"De toegezegde financiering vastleggen (wie, hoeveel, tot wanneer, tijdelijk of structureel); het geplande einde is {Date(plannedEnd)}."
                    : "De toegezegde financiering vastleggen (wie, hoeveel, tot wanneer, tijdelijk of structureel)."]);

        var dissent = OpenFinancierDissent(f).ToList();
        foreach (var (position, decision) in dissent)
        {
            var partner = f.PartnersJoined.LastOrDefault(p => p.PartnerId == position.PartnerId)?.OrganisationName ?? "een financier";
            evidence.Add(Against($"{partner} (financier) is het oneens met '{decision.Title}', waarover nog niet is besloten.", position.Source));
            missing.Add($"Het meningsverschil met {partner} over '{decision.Title}' bespreken en besluiten.");
        }

        // The horizon is judged only on what is known: a commitment without an end date may reach further than any
        // known one, and without a planned end there is nothing to reach. Not knowing is not falling short.
        var horizon = Horizon.Of(f.Funding, c.PlannedEndDate);
        var redLine = c.Today.PlusMonths(t.Rec4RedHorizonMonths);
        if (horizon is Horizon.Short shortOf)
            missing.Add($"Financiering toezeggen tot de geplande einddatum ({Date(shortOf.PlannedEnd)}).");
        if (c.PlannedEndDate is null)
            missing.Add("De geplande einddatum van het programma vastleggen zodra die bekend is, zodat te zien is of de financiering tot het einde reikt.");
        if (f.Funding.Any(x => x.Until is null) && horizon is not Horizon.Covered)
            missing.Add("Vastleggen tot wanneer de toegezegde financiering loopt (de einddatum staat als onbekend).");

        // A decision to go on (or hand over to the line) makes the opgave structural; temporary money alone then falls short.
        var goesOn = f.ContinuationDecisions.LastOrDefault() is { } continuation && OpgaveGoesOn.Contains(continuation.Choice) ? continuation : null;
        var onlyTemporary = goesOn is not null && f.Funding.All(x => x.Kind == FundingKind.Tijdelijk);
        if (onlyTemporary)
        {
            evidence.Add(Against($"Besloten tot voortzetting ({goesOn!.Choice}), met alleen tijdelijke financiering.", goesOn.Source, goesOn.DecidedOn));
            missing.Add("Structurele financiering vastleggen voor wat na het programma doorgaat.");
        }

        // Recorded strain counts whatever is unknown; an unknown horizon only keeps the rest from groen.
        var (status, reason) = horizon switch
        {
            Horizon.Short s when s.Until < redLine =>
                (IndicatorStatus.Rood, $"De vastgelegde financiering loopt tot {Date(s.Until)}: minder dan {t.Rec4RedHorizonMonths} maanden vooruit en niet tot het geplande einde ({Date(s.PlannedEnd)}); verdere financiering is niet vastgelegd."),
            Horizon.Short s => (IndicatorStatus.Oranje, $"De vastgelegde financiering loopt tot {Date(s.Until)}, niet tot het geplande einde ({Date(s.PlannedEnd)})."),
            _ when dissent.Count > 0 => (IndicatorStatus.Oranje, "Een financier is het oneens over de middelen en daarover is nog niet besloten."),
            _ when contested.Count > 0 => (IndicatorStatus.Oranje, "Een middel wordt betwist en dat is nog niet beslecht."),
            _ when onlyTemporary => (IndicatorStatus.Oranje, "Er is besloten tot voortzetting, maar alleen tijdelijke financiering is vastgelegd."),
            Horizon.Covered s => (IndicatorStatus.Groen, $"Financiering tot {Date(s.Until)} dekt de looptijd tot {Date(s.PlannedEnd)}."),
            _ when c.PlannedEndDate is null => (IndicatorStatus.NogNietTeBeoordelen,
                "Nog niet te beoordelen: niet vastgelegd wanneer het programma volgens plan eindigt, dus niet te zeggen of de financiering lang genoeg loopt."),
            _ => (IndicatorStatus.NogNietTeBeoordelen,
                "Nog niet te beoordelen: niet vastgelegd tot wanneer de toegezegde financiering loopt (de einddatum is onbekend)."),
        };
        return c.Result(Recommendation.OrganiseerPassendeMiddelen, status, reason, evidence, missing);
    }

    /// <summary>How far the committed funding reaches against the planned end, as far as the recorded facts can tell.</summary>
    private abstract record Horizon
    {
        /// <summary>A known end of funding reaches the planned end.</summary>
        public sealed record Covered(LocalDate Until, LocalDate PlannedEnd) : Horizon;
        /// <summary>Every commitment has a known end, and none reaches the planned end.</summary>
        public sealed record Short(LocalDate Until, LocalDate PlannedEnd) : Horizon;
        /// <summary>The planned end is not known, or a commitment without a known end might reach it.</summary>
        public sealed record Unknown : Horizon;

        public static Horizon Of(IReadOnlyList<FundingFact> funding, LocalDate? plannedEnd)
        {
            var knownEnds = funding.Where(x => x.Until is not null).Select(x => x.Until!.Value).ToList();
            if (plannedEnd is not { } end || knownEnds.Count == 0) return new Unknown();
            var furthest = knownEnds.Max();
            if (furthest >= end) return new Covered(furthest, end);
            return knownEnds.Count == funding.Count ? new Short(furthest, end) : new Unknown();
        }
    }

    private static string Kind(FundingKind kind) => kind == FundingKind.Structureel ? "structureel" : "tijdelijk";

    private static string AmountOf(FundingFact funding) => funding.AmountEuro is { } amount ? Money(amount) : "onbekend bedrag";

    private static string UntilOf(FundingFact funding) => funding.Until is { } until ? Date(until) : "een onbekende einddatum";

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
