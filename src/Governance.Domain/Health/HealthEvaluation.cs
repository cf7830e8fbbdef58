using Governance.Domain.Health.Rules;
using NodaTime;
using Governance.Domain.Common;

namespace Governance.Domain.Health;

/// <summary>
/// The ten indicators of one programme at one moment: a pure function of the facts, the thresholds and the moment.
/// Only facts recorded at or before the moment count, so evaluating today's facts "as of" a past date gives what
/// an evaluation on that date gave. There is deliberately no total score: each indicator opens its own conversation.
/// </summary>
public static class HealthEvaluation
{
    /// <summary>Dates are the dates people in the programme see.</summary>

    private static readonly Func<HealthContext, IndicatorResult>[] Rules =
    [
        Rec01StartGericht.Evaluate,
        Rec02VerbindOpgaveEnSpelers.Evaluate,
        Rec03HandelDaarWaarNodig.Evaluate,
        Rec04OrganiseerPassendeMiddelen.Evaluate,
        Rec05CreeerDoorzettingskracht.Evaluate,
        Rec06MaakVerbindingenPersoonlijk.Evaluate,
        Rec07BlijfDeMensZien.Evaluate,
        Rec08BenutSpanningEnOngemak.Evaluate,
        Rec09OrganiseerReflectie.Evaluate,
        Rec10StopGericht.Evaluate,
    ];

    /// <summary>With the thresholds the programme had in force at the moment (defaults unless changed by then).</summary>
    public static IReadOnlyList<IndicatorResult> Evaluate(ProgrammeFacts facts, Instant moment)
    {
        // Cut once: the thresholds in force and the rules both need the facts as they stood.
        var known = facts.AsOf(moment);
        return EvaluateKnown(known, known.EffectiveThresholds, moment);
    }

    public static IReadOnlyList<IndicatorResult> Evaluate(ProgrammeFacts facts, HealthThresholds thresholds, Instant moment) =>
        EvaluateKnown(facts.AsOf(moment), thresholds, moment);

    /// <summary>The evaluation proper, on facts already cut at the moment.</summary>
    private static IReadOnlyList<IndicatorResult> EvaluateKnown(ProgrammeFacts known, HealthThresholds thresholds, Instant moment)
    {
        var today = AmsterdamTime.Today(moment);
        if (known.Registration is null)
            return RecommendationTexts.All.Select(text => NotYet(text, "Het programma was op dit moment nog niet geregistreerd.", [])).ToList();

        // An ended programme's indicators stand as they were on its last day: time after the end judges nothing.
        if (known.Endings.LastOrDefault() is { } ending && ending.EndedOn < today) today = ending.EndedOn;

        var context = new HealthContext(known, thresholds, moment, today);
        return Rules.Select(rule => DuringStartWindow(context, rule(context)))
            .Select(result => result with { Coverage = Coverage.For(result.Recommendation, known) })
            .ToList();
    }

    /// <summary>
    /// During the start window (default 3 months from the start date) a programme is still being set up: an
    /// indicator then shows only "groen" (already in order) or "nog niet te beoordelen", keeping what is missing.
    /// </summary>
    private static IndicatorResult DuringStartWindow(HealthContext context, IndicatorResult result) =>
        context.WithinStartWindow && result.Status != IndicatorStatus.Groen
            ? result with
            {
                Status = IndicatorStatus.NogNietTeBeoordelen,
                Reason = $"Het startvenster loopt tot {HealthContext.Date(context.StartWindowEnd)}; dan wordt dit beoordeeld. Nu: {result.Reason}",
            }
            : result;

    private static IndicatorResult NotYet(RecommendationText text, string reason, IReadOnlyList<string> missing) =>
        new((int)text.Recommendation, text.Recommendation, text.Title, IndicatorStatus.NogNietTeBeoordelen, reason, [], missing,
            text.Quote, text.Source, text.Question);
}
