using Governance.Domain.Resources;
using NodaTime;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Resources;

public class when_the_team_changes
{
    private static readonly Guid MemberId = Guid.NewGuid();

    private static AddTeamMember Valid() => new("Femke de Vries", "Programmadirecteur", ["veranderkundig", "Veranderkundig", "juridisch"], 1.0m);

    [Fact]
    public void a_member_joins_with_competences_and_fte()
    {
        var joined = AddTeamMember.Decide(Given(), MemberId, Valid(), Now).Events.ShouldHaveSingleItem().ShouldBeOfType<TeamMemberJoined>();

        joined.MemberId.ShouldBe(MemberId);
        joined.Competences.ShouldBe(["veranderkundig", "juridisch"]);
        joined.Fte.ShouldBe(1.0m);
    }

    [Theory]
    [InlineData("0.1", true)]
    [InlineData("1.0", true)]
    [InlineData("0", false)]
    [InlineData("1.01", false)]
    public void fte_is_more_than_zero_and_at_most_one(string fte, bool accepted)
    {
        var outcome = AddTeamMember.Decide(Given(), MemberId, Valid() with { Fte = decimal.Parse(fte, System.Globalization.CultureInfo.InvariantCulture) }, Now);

        if (accepted) outcome.Events.ShouldHaveSingleItem();
        else outcome.Refusals.ShouldHaveSingleItem().ShouldSatisfyAllConditions(r => r.Field.ShouldBe("fte"), r => r.Rule.ShouldBe("team.fte-range"));
    }

    [Fact]
    public void name_role_and_fte_are_required_and_competences_named()
    {
        AddTeamMember.Decide(Given(), MemberId, new AddTeamMember("", " ", [" "], null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["name", "role", "fte", "competences"], ignoreOrder: true);
    }

    [Fact]
    public void a_member_leaves_once()
    {
        var joined = new TeamMemberJoined(ProgrammeId, MemberId, "Femke de Vries", "Programmadirecteur", [], 1.0m, Earlier);
        var leaving = new RecordTeamMemberDeparture(new LocalDate(2020, 1, 31));

        RecordTeamMemberDeparture.Decide(Given(joined), MemberId, leaving, Now).Events.ShouldHaveSingleItem()
            .ShouldBe(new TeamMemberLeft(ProgrammeId, MemberId, new LocalDate(2020, 1, 31), Now));
        RecordTeamMemberDeparture.Decide(Given(joined, new TeamMemberLeft(ProgrammeId, MemberId, new LocalDate(2020, 1, 31), Earlier)), MemberId, leaving, Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("team.left-once");
        RecordTeamMemberDeparture.Decide(Given(), MemberId, leaving, Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("team.member-exists");
        RecordTeamMemberDeparture.Decide(Given(joined), MemberId, new RecordTeamMemberDeparture(null), Now)
            .Refusals.ShouldHaveSingleItem().Field.ShouldBe("leftOn");
    }

    [Fact]
    public void the_team_does_not_change_in_an_ended_programme()
    {
        var joined = new TeamMemberJoined(ProgrammeId, MemberId, "Femke de Vries", "Programmadirecteur", [], 1.0m, Earlier);

        AddTeamMember.Decide(Given(Ended), MemberId, Valid(), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
        RecordTeamMemberDeparture.Decide(Given(joined, Ended), MemberId, new RecordTeamMemberDeparture(new LocalDate(2020, 1, 31)), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }
}
