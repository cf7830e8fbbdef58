using Governance.Domain.Decisions;
using NodaTime;
using static Governance.Domain.Tests.Decisions.DecisionGiven;

namespace Governance.Domain.Tests.Decisions;

public class when_taking_a_proposed_decision
{
    [Fact]
    public void a_proposed_decision_is_taken_on_its_date_and_becomes_taken()
    {
        var outcome = TakeDecision.Decide(Proposed(), Programme(), new TakeDecision(new LocalDate(2019, 4, 1)), Now);

        var taken = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<DecisionTaken>();
        taken.ShouldBe(new DecisionTaken(DecisionId, ProgrammeId, new LocalDate(2019, 4, 1), Now));
        Proposed(taken).Status.ShouldBe(DecisionStatus.Taken);
    }

    [Fact]
    public void a_decision_that_is_already_taken_cannot_be_taken_again()
    {
        var outcome = TakeDecision.Decide(Decision(), Programme(), new TakeDecision(new LocalDate(2019, 4, 1)), Now);

        outcome.Events.ShouldBeEmpty();
        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.take-only-proposed");
    }

    [Fact]
    public void the_date_is_required_and_not_before_the_proposal()
    {
        var missing = TakeDecision.Decide(Proposed(), Programme(), new TakeDecision(null), Now);
        var before = TakeDecision.Decide(Proposed(), Programme(), new TakeDecision(DecidedOn.PlusDays(-1)), Now);
        var sameDay = TakeDecision.Decide(Proposed(), Programme(), new TakeDecision(DecidedOn), Now);

        missing.Refusals.ShouldHaveSingleItem().Field.ShouldBe("decidedOn");
        before.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.taken-after-proposal");
        sameDay.Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void a_withdrawn_proposal_cannot_be_taken()
    {
        var outcome = TakeDecision.Decide(Proposed(Withdrawn()), Programme(), new TakeDecision(new LocalDate(2019, 4, 1)), Now);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.closed");
    }

    [Fact]
    public void nothing_is_taken_on_an_ended_programme()
    {
        var outcome = TakeDecision.Decide(Proposed(), EndedProgramme(), new TakeDecision(new LocalDate(2019, 4, 1)), Now);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.programme-ended");
    }
}
