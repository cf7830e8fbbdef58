using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using NodaTime;
using static Governance.Domain.Tests.Decisions.DecisionGiven;

namespace Governance.Domain.Tests.Decisions;

public class when_recording_a_partner_position
{
    [Fact]
    public void a_dissent_with_its_reasoning_is_recorded()
    {
        var outcome = RecordPartnerPosition.Decide(Decision(), Programme(),
            new RecordPartnerPosition(Vng, PartnerPosition.Dissents, "  Gemeenten missen de middelen  "), Now);

        outcome.Events.ShouldHaveSingleItem().ShouldBe(
            new PartnerPositionRecorded(DecisionId, ProgrammeId, Vng, PartnerPosition.Dissents, "Gemeenten missen de middelen", Now));
    }

    [Theory]
    [InlineData(PartnerPosition.Dissents)]
    [InlineData(PartnerPosition.AgreesWithReservations)]
    public void a_dissent_or_an_agreement_with_reservations_needs_its_reasoning(PartnerPosition position)
    {
        var outcome = RecordPartnerPosition.Decide(Decision(), Programme(), new RecordPartnerPosition(Vng, position, " "), Now);

        var refusal = outcome.Refusals.ShouldHaveSingleItem();
        refusal.Field.ShouldBe("reasoning");
        refusal.Rule.ShouldBe("decision.position-reasoning");
    }

    [Theory]
    [InlineData(PartnerPosition.Agrees)]
    [InlineData(PartnerPosition.Abstains)]
    public void agreeing_or_abstaining_needs_no_reasoning(PartnerPosition position)
    {
        var outcome = RecordPartnerPosition.Decide(Decision(), Programme(), new RecordPartnerPosition(Vng, position, null), Now);

        outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<PartnerPositionRecorded>().Reasoning.ShouldBeNull();
    }

    [Fact]
    public void partner_and_position_are_required()
    {
        var outcome = RecordPartnerPosition.Decide(Decision(), Programme(), new RecordPartnerPosition(null, null, null), Now);

        outcome.Refusals.Select(r => r.Field).ShouldBe(["partnerId", "position"], ignoreOrder: true);
    }

    [Fact]
    public void a_partner_that_left_or_never_joined_cannot_take_a_position()
    {
        var left = Programme(new PartnerLeft(ProgrammeId, Vng, new LocalDate(2019, 5, 1), "Uitgetreden", Earlier));

        var afterLeaving = RecordPartnerPosition.Decide(Decision(), left, new RecordPartnerPosition(Vng, PartnerPosition.Agrees, null), Now);
        var stranger = RecordPartnerPosition.Decide(Decision(), Programme(), new RecordPartnerPosition(Guid.NewGuid(), PartnerPosition.Agrees, null), Now);

        afterLeaving.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.position-partner-active");
        stranger.Refusals.ShouldHaveSingleItem().Kind.ShouldBe(RefusalKind.RuleViolated);
    }

    [Fact]
    public void a_partner_may_change_its_position_and_the_latest_counts()
    {
        var first = new PartnerPositionRecorded(DecisionId, ProgrammeId, Vng, PartnerPosition.Dissents, "Te weinig middelen", Earlier);

        var outcome = RecordPartnerPosition.Decide(Decision(first), Programme(), new RecordPartnerPosition(Vng, PartnerPosition.Agrees, null), Now);

        var second = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<PartnerPositionRecorded>();
        Decision(first, second).Positions[Vng].ShouldBe(PartnerPosition.Agrees);
    }

    [Fact]
    public void no_positions_on_a_withdrawn_decision_or_in_an_ended_programme()
    {
        var withdrawn = RecordPartnerPosition.Decide(Decision(Withdrawn()), Programme(), new RecordPartnerPosition(Vng, PartnerPosition.Agrees, null), Now);
        var ended = RecordPartnerPosition.Decide(Decision(), EndedProgramme(), new RecordPartnerPosition(Vng, PartnerPosition.Agrees, null), Now);

        withdrawn.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.closed");
        ended.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.programme-ended");
    }
}
