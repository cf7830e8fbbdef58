using Governance.Domain.Care;
using NodaTime;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Care;

public class when_an_escalation_goes_to_the_opdrachtgevers
{
    private static readonly Guid TensionId = Guid.NewGuid();
    private static readonly LocalDate Day = new(2019, 3, 1);
    private static readonly TensionRaised Raised = new(ProgrammeId, TensionId, "Subsidieregeling", "Moeizame samenwerking met VWS",
        "Programmadirecteur", new LocalDate(2019, 2, 1), Earlier);
    private static readonly TensionEscalatedToPerson Escalated = new(ProgrammeId, TensionId, "de opdrachtgevers", Day, Earlier);

    [Fact]
    public void with_no_body_that_can_decide_a_tension_goes_to_the_opdrachtgevers_or_a_named_person()
    {
        EscalateTension.Decide(Given(Raised), TensionId, new EscalateTension(null, Day, " de opdrachtgevers "), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(Escalated with { RecordedAt = Now });
    }

    [Fact]
    public void it_goes_to_a_body_or_a_person_never_both_and_never_neither()
    {
        EscalateTension.Decide(Given(Raised), TensionId, new EscalateTension(Ogo, Day, "de opdrachtgevers"), Now)
            .Refusals.ShouldHaveSingleItem().ShouldSatisfyAllConditions(r => r.Field.ShouldBe("bodyId"), r => r.Rule.ShouldBe("tension.escalate-to-one"));
        EscalateTension.Decide(Given(Raised), TensionId, new EscalateTension(null, Day, " "), Now)
            .Refusals.ShouldHaveSingleItem().ShouldSatisfyAllConditions(r => r.Field.ShouldBe("bodyId"), r => r.Rule.ShouldBe("input.required"));
    }

    [Fact]
    public void an_escalation_waiting_for_an_answer_is_answered_once()
    {
        var answered = AnswerEscalation.Decide(Given(Raised, Escalated), TensionId, new AnswerEscalation(" Regeling wordt aangepast ", Day), Now);
        answered.Events.ShouldHaveSingleItem().ShouldBe(new EscalationAnswered(ProgrammeId, TensionId, "Regeling wordt aangepast", Day, Now));

        AnswerEscalation.Decide(Given(Raised, Escalated, answered.Events[0]), TensionId, new AnswerEscalation("Nogmaals", Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("tension.escalation-waiting");
        // Escalated again after the answer: it waits again.
        AnswerEscalation.Decide(Given(Raised, Escalated, answered.Events[0], Escalated), TensionId, new AnswerEscalation("Tweede antwoord", Day), Now)
            .Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void a_tension_that_was_not_escalated_has_no_answer_to_wait_for()
    {
        AnswerEscalation.Decide(Given(Raised), TensionId, new AnswerEscalation("Antwoord", Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("tension.escalation-waiting");
        AnswerEscalation.Decide(Given(Raised), Guid.NewGuid(), new AnswerEscalation("Antwoord", Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("tension.exists");
    }

    [Fact]
    public void an_answer_needs_its_text_and_a_date_not_in_the_future()
    {
        AnswerEscalation.Decide(Given(Raised, Escalated), TensionId, new AnswerEscalation(" ", null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["answer", "answeredOn"], ignoreOrder: true);
        AnswerEscalation.Decide(Given(Raised, Escalated), TensionId, new AnswerEscalation("Later", new LocalDate(2019, 3, 13)), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("tension.answered-not-in-future");
    }
}
