using Governance.Domain.Health;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using NodaTime;

namespace Governance.Domain.Tests.Reflection;

public class when_proposing_a_reflection_agenda
{
    private static readonly LocalDate SessionDate = new(2021, 3, 10);

    private static IndicatorResult Indicator(int number, IndicatorStatus status) => new(
        number, (Recommendation)number, $"Aanbeveling {number}", status, $"reden {number}", [], [], "citaat", "004 l. 1", $"Vraag {number}?");

    private static AgendaInputs Inputs(
        IReadOnlyList<IndicatorResult>? now = null,
        IReadOnlyDictionary<int, IndicatorStatus>? atLast = null,
        IReadOnlyList<IReadOnlyList<ReflectionQuestion>>? questions = null,
        IReadOnlyList<OpenTension>? tensions = null,
        IReadOnlyList<DecisionDueForReview>? decisions = null,
        IReadOnlyList<OpenFollowUpAction>? actions = null) =>
        new(now ?? [], atLast, questions ?? [], tensions ?? [], decisions ?? [], actions ?? []);

    [Fact]
    public void indicators_that_are_oranje_or_rood_or_changed_since_the_last_session_come_first_with_their_question()
    {
        var proposal = AgendaProposal.For(Inputs(
            now: [Indicator(1, IndicatorStatus.Groen), Indicator(4, IndicatorStatus.Oranje), Indicator(9, IndicatorStatus.Rood), Indicator(6, IndicatorStatus.Groen)],
            atLast: new Dictionary<int, IndicatorStatus> { [1] = IndicatorStatus.Groen, [6] = IndicatorStatus.Rood }), SessionDate);

        var indicators = proposal.Where(i => i.Kind == AgendaItemKind.Indicator).ToList();
        indicators.Select(i => i.Reference).ShouldBe(["4", "6", "9"]);
        indicators[0].Title.ShouldContain("Vraag 4?");
        indicators[0].Why.ShouldStartWith("Staat op oranje");
        indicators[1].Why.ShouldStartWith("Veranderd sinds de vorige sessie: van rood naar groen");
        proposal.First().Kind.ShouldBe(AgendaItemKind.Indicator);
    }

    [Fact]
    public void all_seven_questions_are_proposed_and_those_not_addressed_in_the_last_two_sessions_are_marked()
    {
        var proposal = AgendaProposal.For(Inputs(questions:
            [[ReflectionQuestion.ImpactOpDeOpgave, ReflectionQuestion.SamenLeren], [ReflectionQuestion.BalansTussenPartijen]]), SessionDate);

        var questions = proposal.Where(i => i.Kind == AgendaItemKind.ReflectionQuestion).ToList();
        questions.Count.ShouldBe(7);
        questions.Where(q => q.Why == "Niet besproken in de laatste twee sessies.").Select(q => q.Reference)
            .ShouldBe(["FormuleringVanDeOpgave", "NieuweOntwikkelingen", "KwaliteitVanDeSamenwerking", "WederzijdseAfhankelijkheid"]);
        questions[0].Title.ShouldBe("Heeft ons werk voldoende impact op de opgave (of moet het anders)?");
    }

    [Fact]
    public void open_tensions_decisions_due_before_the_session_and_open_actions_follow()
    {
        var dueBefore = new DecisionDueForReview(Guid.NewGuid(), "Subsidieregeling", SessionDate);
        var dueAfter = new DecisionDueForReview(Guid.NewGuid(), "Monitor", SessionDate.PlusDays(1));
        var proposal = AgendaProposal.For(Inputs(
            tensions: [new OpenTension(Guid.NewGuid(), "Samenwerking met VWS", true, new LocalDate(2020, 11, 1))],
            decisions: [dueAfter, dueBefore],
            actions: [new OpenFollowUpAction(Guid.NewGuid(), "Spiegelgroep uitnodigen", "Petra", new LocalDate(2021, 2, 1))]), SessionDate);

        proposal.Single(i => i.Kind == AgendaItemKind.Tension).Why.ShouldStartWith("Geëscaleerd");
        proposal.Where(i => i.Kind == AgendaItemKind.DecisionReview).Select(i => i.Reference).ShouldBe([dueBefore.DecisionId.ToString()]);
        proposal.Single(i => i.Kind == AgendaItemKind.OpenAction).Why.ShouldContain("over tijd sinds 1 februari 2021");
        proposal.Select(i => i.Kind).ShouldBe(proposal.Select(i => i.Kind).OrderBy(k => k));
    }
}
