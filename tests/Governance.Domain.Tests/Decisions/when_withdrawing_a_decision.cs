using Governance.Domain.Decisions;
using static Governance.Domain.Tests.Decisions.DecisionGiven;

namespace Governance.Domain.Tests.Decisions;

public class when_withdrawing_a_decision
{
    [Fact]
    public void it_is_withdrawn_with_its_reason()
    {
        var outcome = WithdrawDecision.Decide(Decision(), Programme(), new WithdrawDecision(" Regeling gaat niet door "), Now);

        var withdrawn = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<DecisionWithdrawn>();
        withdrawn.ShouldBe(new DecisionWithdrawn(DecisionId, ProgrammeId, "Regeling gaat niet door", Now));
        Decision(withdrawn).Status.ShouldBe(DecisionStatus.Withdrawn);
    }

    [Fact]
    public void the_reason_is_required()
    {
        var outcome = WithdrawDecision.Decide(Decision(), Programme(), new WithdrawDecision(null), Now);

        outcome.Refusals.ShouldHaveSingleItem().Field.ShouldBe("reason");
    }

    [Fact]
    public void not_when_superseded_or_already_withdrawn()
    {
        var superseded = WithdrawDecision.Decide(Decision(SupersededBy(Guid.NewGuid())), Programme(), new WithdrawDecision("Weg"), Now);
        var twice = WithdrawDecision.Decide(Decision(Withdrawn()), Programme(), new WithdrawDecision("Weg"), Now);

        superseded.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.closed");
        twice.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.closed");
    }

    [Fact]
    public void not_in_an_ended_programme()
    {
        WithdrawDecision.Decide(Decision(), EndedProgramme(), new WithdrawDecision("Weg"), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.programme-ended");
    }
}
