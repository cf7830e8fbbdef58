using Governance.Domain.Decisions;
using NodaTime;
using static Governance.Domain.Tests.Decisions.DecisionGiven;

namespace Governance.Domain.Tests.Decisions;

public class when_superseding_a_decision
{
    private static readonly Guid LaterId = Guid.NewGuid();

    private static Decision Later(params object[] more) =>
        Domain.Decisions.Decision.From(new object[] { Logged(decisionId: LaterId, decidedOn: new LocalDate(2020, 2, 1)) }.Concat(more));

    [Fact]
    public void a_later_decision_of_the_same_programme_supersedes_it()
    {
        var outcome = SupersedeDecision.Decide(Decision(), Later(), Programme(), new SupersedeDecision(LaterId), Now);

        var superseded = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<DecisionSuperseded>();
        superseded.ShouldBe(new DecisionSuperseded(DecisionId, ProgrammeId, LaterId, Now));
        Decision(superseded).Status.ShouldBe(DecisionStatus.Superseded);
    }

    [Fact]
    public void the_superseding_decision_is_named_and_is_another_one()
    {
        var missing = SupersedeDecision.Decide(Decision(), null, Programme(), new SupersedeDecision(null), Now);
        var itself = SupersedeDecision.Decide(Decision(), Decision(), Programme(), new SupersedeDecision(DecisionId), Now);

        missing.Refusals.ShouldHaveSingleItem().Field.ShouldBe("supersededByDecisionId");
        itself.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.supersede-by-other");
    }

    [Fact]
    public void the_superseding_decision_exists_in_this_programme()
    {
        var unknown = SupersedeDecision.Decide(Decision(), null, Programme(), new SupersedeDecision(LaterId), Now);
        var elsewhere = SupersedeDecision.Decide(Decision(), Later() with { ProgrammeId = Guid.NewGuid() }, Programme(), new SupersedeDecision(LaterId), Now);

        unknown.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.superseding-exists");
        elsewhere.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.superseding-exists");
    }

    [Fact]
    public void a_withdrawn_decision_cannot_supersede()
    {
        var withdrawnLater = Later(new DecisionWithdrawn(LaterId, ProgrammeId, "Teruggedraaid", Earlier));

        var outcome = SupersedeDecision.Decide(Decision(), withdrawnLater, Programme(), new SupersedeDecision(LaterId), Now);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.superseding-not-withdrawn");
    }

    [Fact]
    public void an_earlier_decision_cannot_supersede_but_one_of_the_same_day_can()
    {
        var earlierId = Guid.NewGuid();
        var earlier = Domain.Decisions.Decision.From([Logged(decisionId: earlierId, decidedOn: DecidedOn.PlusDays(-1))]);
        var sameDay = Domain.Decisions.Decision.From([Logged(decisionId: earlierId, decidedOn: DecidedOn)]);

        SupersedeDecision.Decide(Decision(), earlier, Programme(), new SupersedeDecision(earlierId), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.superseding-later");
        SupersedeDecision.Decide(Decision(), sameDay, Programme(), new SupersedeDecision(earlierId), Now)
            .Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void a_decision_is_superseded_once_and_not_after_it_was_withdrawn()
    {
        var twice = SupersedeDecision.Decide(Decision(SupersededBy(LaterId)), Later(), Programme(), new SupersedeDecision(LaterId), Now);
        var withdrawn = SupersedeDecision.Decide(Decision(Withdrawn()), Later(), Programme(), new SupersedeDecision(LaterId), Now);

        twice.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.closed");
        withdrawn.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.closed");
    }
}
