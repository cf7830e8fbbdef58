using Governance.Domain.Decisions;
using NodaTime;
using static Governance.Domain.Tests.Decisions.DecisionGiven;

namespace Governance.Domain.Tests.Decisions;

public class when_reviewing_a_decision
{
    private static readonly LocalDate Today = new(2019, 6, 3);

    [Fact]
    public void the_review_is_recorded_and_the_next_review_date_replaces_the_old_one()
    {
        var outcome = ReviewDecision.Decide(Decision(), Programme(),
            new ReviewDecision(Today, "Werkt; houden zo", new LocalDate(2020, 6, 1)), Now);

        var reviewed = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<DecisionReviewed>();
        reviewed.ShouldBe(new DecisionReviewed(DecisionId, ProgrammeId, Today, "Werkt; houden zo", new LocalDate(2020, 6, 1), Now));
        Decision(reviewed).ReviewOn.ShouldBe(new LocalDate(2020, 6, 1));
    }

    [Fact]
    public void date_and_conclusion_are_required()
    {
        var outcome = ReviewDecision.Decide(Decision(), Programme(), new ReviewDecision(null, "", null), Now);

        outcome.Refusals.Select(r => r.Field).ShouldBe(["reviewedOn", "conclusion"], ignoreOrder: true);
    }

    [Fact]
    public void the_review_lies_between_the_decision_and_today()
    {
        var beforeDecision = ReviewDecision.Decide(Decision(), Programme(), new ReviewDecision(DecidedOn.PlusDays(-1), "Vroeg", null), Now);
        var onDecisionDay = ReviewDecision.Decide(Decision(), Programme(), new ReviewDecision(DecidedOn, "Direct", null), Now);
        var tomorrow = ReviewDecision.Decide(Decision(), Programme(), new ReviewDecision(Today.PlusDays(1), "Morgen", null), Now);

        beforeDecision.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.reviewed-after-decision");
        onDecisionDay.Events.ShouldHaveSingleItem();
        tomorrow.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.reviewed-not-in-future");
    }

    [Fact]
    public void the_next_review_lies_after_this_one()
    {
        var outcome = ReviewDecision.Decide(Decision(), Programme(), new ReviewDecision(Today, "Werkt", Today), Now);

        outcome.Refusals.ShouldHaveSingleItem().Field.ShouldBe("nextReviewOn");
    }

    [Fact]
    public void a_proposal_or_a_closed_decision_is_not_reviewed()
    {
        var command = new ReviewDecision(Today, "Werkt", null);

        ReviewDecision.Decide(Proposed(), Programme(), command, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.review-taken-only");
        ReviewDecision.Decide(Decision(Withdrawn()), Programme(), command, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.closed");
        ReviewDecision.Decide(Decision(), EndedProgramme(), command, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.programme-ended");
    }
}
