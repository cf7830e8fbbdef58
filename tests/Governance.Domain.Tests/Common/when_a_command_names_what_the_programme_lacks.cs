using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Common;
using Governance.Domain.Partners;
using Governance.Domain.Resources;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Common;

/// <summary>
/// "The route names something this programme lacks" has one answer: the pure decision refuses with a refusal of kind
/// NotFound that names what is missing (the host answers it 404), and it does so before it judges the input, so an
/// unknown body with an empty form is "not found", not "fill in the form".
/// </summary>
public class when_a_command_names_what_the_programme_lacks
{
    private static readonly Guid Unknown = Guid.NewGuid();

    public static TheoryData<string, Func<Outcome>, string, string> Commands => new()
    {
        { "add a body member", () => AddBodyMember.Decide(Given(), Unknown, new AddBodyMember(null), Now), "body.exists", "Overleg" },
        { "remove a body member", () => RemoveBodyMember.Decide(Given(), Unknown, Vws, Now), "body.exists", "Overleg" },
        { "remove an unknown partner", () => RemoveBodyMember.Decide(Given(), Ogo, Unknown, Now), "partner.not-found", "Partner" },
        { "agree ground rules", () => AgreeGroundRules.Decide(Given(), Unknown, new AgreeGroundRules("", "", ""), Now), "body.exists", "Overleg" },
        { "record a meeting", () => RecordMeeting.Decide(Given(), Unknown, Guid.NewGuid(), new RecordMeeting(null, [], []), Now), "body.exists", "Overleg" },
        { "discuss a tension", () => DiscussTension.Decide(Given(), Unknown, new DiscussTension("", null), Now), "tension.exists", "Spanning" },
        { "escalate a tension", () => EscalateTension.Decide(Given(), Unknown, new EscalateTension(null, null), Now), "tension.exists", "Spanning" },
        { "resolve a tension", () => ResolveTension.Decide(Given(), Unknown, new ResolveTension("", null), Now), "tension.exists", "Spanning" },
        { "a team member leaves", () => RecordTeamMemberDeparture.Decide(Given(), Unknown, new RecordTeamMemberDeparture(null), Now), "team.member-exists", "Teamlid" },
        { "revoke a mandate", () => RevokeMandate.Decide(Given(), Unknown, new RevokeMandate(""), Now), "mandate.not-found", "Mandaat" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void it_is_refused_as_not_found_before_the_input_is_judged(string command, Func<Outcome> decide, string rule, string missing)
    {
        var refusal = decide().Refusals.ShouldHaveSingleItem(command);

        refusal.Kind.ShouldBe(RefusalKind.NotFound, command);
        refusal.Rule.ShouldBe(rule, command);
        refusal.Missing.ShouldBe(missing, command);
    }
}
