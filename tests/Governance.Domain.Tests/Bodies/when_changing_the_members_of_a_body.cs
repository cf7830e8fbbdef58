using Governance.Domain.Bodies;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Bodies;

public class when_changing_the_members_of_a_body
{
    [Fact]
    public void an_active_partner_takes_a_seat()
    {
        AddBodyMember.Decide(Given(), Ogo, new AddBodyMember(Vng), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new BodyMemberAdded(ProgrammeId, Ogo, Vng, Now));
    }

    [Fact]
    public void a_partner_is_a_member_once()
    {
        AddBodyMember.Decide(Given(), Ogo, new AddBodyMember(Vws), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("body.member-once");
    }

    [Fact]
    public void a_partner_that_left_the_programme_or_never_joined_cannot_take_a_seat()
    {
        AddBodyMember.Decide(Given(), Ogo, new AddBodyMember(Gone), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("body.member-is-active-partner");
        AddBodyMember.Decide(Given(), Ogo, new AddBodyMember(Guid.NewGuid()), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("body.member-is-active-partner");
    }

    [Fact]
    public void the_partner_is_required()
    {
        AddBodyMember.Decide(Given(), Ogo, new AddBodyMember(null), Now)
            .Refusals.ShouldHaveSingleItem().Field.ShouldBe("partnerId");
    }

    [Fact]
    public void a_body_that_does_not_exist_takes_no_members()
    {
        AddBodyMember.Decide(Given(), Guid.NewGuid(), new AddBodyMember(Vng), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("body.exists");
    }

    [Fact]
    public void a_member_is_removed_once()
    {
        RemoveBodyMember.Decide(Given(), Ogo, Vws, Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new BodyMemberRemoved(ProgrammeId, Ogo, Vws, Now));
        RemoveBodyMember.Decide(Given(new BodyMemberRemoved(ProgrammeId, Ogo, Vws, Earlier)), Ogo, Vws, Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("body.not-a-member");
    }

    [Fact]
    public void membership_does_not_change_in_an_ended_programme()
    {
        AddBodyMember.Decide(Given(Ended), Ogo, new AddBodyMember(Vng), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
        RemoveBodyMember.Decide(Given(Ended), Ogo, Vws, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }
}
