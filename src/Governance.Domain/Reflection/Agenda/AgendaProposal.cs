using Governance.Domain.Health;
using NodaTime;

namespace Governance.Domain.Reflection.Agenda;

public enum AgendaItemKind { Indicator, ReflectionQuestion, Tension, DecisionReview, OpenAction }

/// <summary>
/// One proposed point for a reflection session: what to talk about, why it is proposed (the evidence or the rule
/// that put it there) and what it refers to (a recommendation number, a question, a tension, decision or action id).
/// </summary>
public sealed record ProposedAgendaItem(AgendaItemKind Kind, string Title, string Why, string Reference);

/// <summary>What the proposal is drawn from, as the read models hold it at the moment of preparing.</summary>
public sealed record AgendaInputs(
    IReadOnlyList<IndicatorResult> IndicatorsNow,
    IReadOnlyDictionary<int, IndicatorStatus>? IndicatorsAtLastSession,
    IReadOnlyList<IReadOnlyList<ReflectionQuestion>> QuestionsOfLastTwoSessions,
    IReadOnlyList<OpenTension> OpenTensions,
    IReadOnlyList<DecisionDueForReview> DecisionsDue,
    IReadOnlyList<OpenFollowUpAction> OpenActions);

public sealed record OpenTension(Guid TensionId, string Subject, bool Escalated, LocalDate RaisedOn);

public sealed record DecisionDueForReview(Guid DecisionId, string Title, LocalDate ReviewOn);

public sealed record OpenFollowUpAction(Guid ActionId, string Action, string Owner, LocalDate DueOn);

/// <summary>
/// Proposes the agenda of a reflection session (issue: from indicators to conversation). Pure: the same inputs
/// give the same proposal. Order: what the indicators ask attention for, the seven questions of rec. 9 — all of
/// them, because "Deze vragen horen ook op de agenda, óók (of juist) als het voelt alsof er geen ruimte voor is"
/// (004 l. 1425–1427) — then open tensions, decisions due for review and open actions. The facilitator edits it.
/// </summary>
public static class AgendaProposal
{
    public static IReadOnlyList<ProposedAgendaItem> For(AgendaInputs inputs, LocalDate sessionDate)
    {
        var items = new List<ProposedAgendaItem>();

        foreach (var indicator in inputs.IndicatorsNow.OrderBy(i => i.Number))
        {
            var before = inputs.IndicatorsAtLastSession is { } last && last.TryGetValue(indicator.Number, out var s) ? s : (IndicatorStatus?)null;
            var needsAttention = indicator.Status is IndicatorStatus.Oranje or IndicatorStatus.Rood;
            var changed = before is not null && before != indicator.Status;
            if (!needsAttention && !changed) continue;

            var why = needsAttention
                ? $"Staat op {Label(indicator.Status)}: {indicator.Reason}"
                : $"Veranderd sinds de vorige sessie: van {Label(before!.Value)} naar {Label(indicator.Status)}. {indicator.Reason}";
            items.Add(new ProposedAgendaItem(AgendaItemKind.Indicator,
                $"{indicator.Number}. {indicator.Title} — {Common.Citations.Strip(indicator.Question)}", Common.Citations.Strip(why), indicator.Number.ToString()));
        }

        var recentlyAddressed = inputs.QuestionsOfLastTwoSessions.SelectMany(q => q).ToHashSet();
        foreach (var question in Enum.GetValues<ReflectionQuestion>())
        {
            var why = recentlyAddressed.Contains(question)
                ? "Een van de zeven reflectievragen van aanbeveling 9."
                : "Niet besproken in de laatste twee sessies.";
            items.Add(new ProposedAgendaItem(AgendaItemKind.ReflectionQuestion, ReflectionQuestions.Text(question), why, question.ToString()));
        }

        foreach (var tension in inputs.OpenTensions.OrderBy(t => t.RaisedOn))
            items.Add(new ProposedAgendaItem(AgendaItemKind.Tension, tension.Subject,
                tension.Escalated ? $"Geëscaleerd en nog niet opgelost (benoemd op {Health.HealthContext.Date(tension.RaisedOn)})." : $"Open spanning sinds {Health.HealthContext.Date(tension.RaisedOn)}.",
                tension.TensionId.ToString()));

        foreach (var decision in inputs.DecisionsDue.Where(d => d.ReviewOn <= sessionDate).OrderBy(d => d.ReviewOn))
            items.Add(new ProposedAgendaItem(AgendaItemKind.DecisionReview, decision.Title,
                $"Herbeoordelingsdatum {Health.HealthContext.Date(decision.ReviewOn)} valt vóór of op deze sessie.", decision.DecisionId.ToString()));

        foreach (var action in inputs.OpenActions.OrderBy(a => a.DueOn))
            items.Add(new ProposedAgendaItem(AgendaItemKind.OpenAction, action.Action,
                action.DueOn < sessionDate ? $"Open actie van {action.Owner}, over tijd sinds {Health.HealthContext.Date(action.DueOn)}." : $"Open actie van {action.Owner}, af op {Health.HealthContext.Date(action.DueOn)}.",
                action.ActionId.ToString()));

        return items;
    }

    private static string Label(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Groen => "groen",
        IndicatorStatus.Oranje => "oranje",
        IndicatorStatus.Rood => "rood",
        _ => "nog niet te beoordelen",
    };
}

/// <summary>The seven questions of recommendation 9 in the source's words (004 l. 1399–1422).</summary>
public static class ReflectionQuestions
{
    public static string Text(ReflectionQuestion question) => question switch
    {
        ReflectionQuestion.ImpactOpDeOpgave => "Heeft ons werk voldoende impact op de opgave (of moet het anders)?",
        ReflectionQuestion.FormuleringVanDeOpgave => "Is de formulering van de opgave nog optimaal?",
        ReflectionQuestion.NieuweOntwikkelingen => "Zijn er nieuwe ontwikkelingen of nieuwe stakeholders (en wat doen we daarmee)?",
        ReflectionQuestion.KwaliteitVanDeSamenwerking => "Is onze samenwerking goed (wat werkt goed en wat kan beter)?",
        ReflectionQuestion.BalansTussenPartijen => "Zijn de partijen over het geheel genomen in balans in de samenwerking aan de opgave (mede-eigenaarschap, toewijding aan het proces) of tekent zich een disbalans af?",
        ReflectionQuestion.WederzijdseAfhankelijkheid => "Is er een beleving van wederzijdse afhankelijkheid en staan we open om ook elkaars belangen te dienen (of op z’n minst te respecteren)?",
        ReflectionQuestion.SamenLeren => "Hoe leren we met elkaar van de (tussen-)resultaten en de manier waarop zij tot stand komen?",
        _ => question.ToString(),
    };
}
