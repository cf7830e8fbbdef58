using Governance.Domain.Decisions;
using NodaTime;
using static Governance.Domain.Tests.Decisions.DecisionGiven;

namespace Governance.Domain.Tests.Decisions;

public class when_revising_a_decision
{
    [Fact]
    public void what_changed_and_why_is_recorded_and_the_decision_becomes_revised()
    {
        var outcome = ReviseDecision.Decide(Decision(), Programme(),
            new ReviseDecision(null, "Ook de ketenpartners leveren capaciteit", new LocalDate(2020, 1, 15), "Evaluatie regio's"), Now);

        var revised = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<DecisionRevised>();
        revised.ShouldBe(new DecisionRevised(DecisionId, ProgrammeId, null, "Ook de ketenpartners leveren capaciteit",
            new LocalDate(2020, 1, 15), "Evaluatie regio's", Now));
        var state = Decision(revised);
        state.Status.ShouldBe(DecisionStatus.Revised);
        state.ReviewOn.ShouldBe(new LocalDate(2020, 1, 15));
    }

    [Fact]
    public void a_revised_proposal_is_still_a_proposal()
    {
        var outcome = ReviseDecision.Decide(Proposed(), Programme(), new ReviseDecision("Andere optie", null, null, "Nieuwe inzichten"), Now);

        Proposed(outcome.Events.ToArray()).Status.ShouldBe(DecisionStatus.Proposed);
    }

    [Fact]
    public void the_reason_is_required_and_something_must_change()
    {
        var noReason = ReviseDecision.Decide(Decision(), Programme(), new ReviseDecision("Andere optie", null, null, " "), Now);
        var nothing = ReviseDecision.Decide(Decision(), Programme(), new ReviseDecision(null, " ", null, "Zomaar"), Now);

        noReason.Refusals.ShouldHaveSingleItem().Field.ShouldBe("reason");
        nothing.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.revision-changes-something");
    }

    [Fact]
    public void a_new_review_date_lies_after_the_decision()
    {
        var onTheDay = ReviseDecision.Decide(Decision(), Programme(), new ReviseDecision(null, null, DecidedOn, "Eerder kijken"), Now);

        onTheDay.Refusals.ShouldHaveSingleItem().Field.ShouldBe("reviewOn");
    }

    [Fact]
    public void a_superseded_or_withdrawn_decision_is_not_revised()
    {
        var command = new ReviseDecision("Andere optie", null, null, "Nieuwe inzichten");

        var superseded = ReviseDecision.Decide(Decision(SupersededBy(Guid.NewGuid())), Programme(), command, Now);
        var withdrawn = ReviseDecision.Decide(Decision(Withdrawn()), Programme(), command, Now);
        var ended = ReviseDecision.Decide(Decision(), EndedProgramme(), command, Now);

        superseded.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.closed");
        withdrawn.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.closed");
        ended.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.programme-ended");
    }
}
