using Governance.Domain.Care;
using Governance.Domain.Common;
using NodaTime;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Care;

public class when_a_standing_lived_experience_group_is_kept
{
    private static readonly Guid GroupId = Guid.NewGuid();
    private static readonly LocalDate Day = new(2019, 1, 10);
    private static readonly LivedExperienceArrangementEstablished Established = new(ProgrammeId, GroupId, "Spiegelgroep", "slachtoffers en plegers", Day, Earlier);

    [Fact]
    public void a_group_is_established_by_its_name_never_by_its_members()
    {
        EstablishLivedExperienceArrangement.Decide(Given(), GroupId, new EstablishLivedExperienceArrangement(" Spiegelgroep ", " slachtoffers en plegers ", Day), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(Established with { RecordedAt = Now });
        EstablishLivedExperienceArrangement.Decide(Given(), GroupId, new EstablishLivedExperienceArrangement("jan@voorbeeld.nl", "slachtoffers", Day), Now)
            .Refusals.ShouldHaveSingleItem().ShouldSatisfyAllConditions(r => r.Field.ShouldBe("name"), r => r.Rule.ShouldBe("care.pseudonym-only"));
        EstablishLivedExperienceArrangement.Decide(Given(), GroupId, new EstablishLivedExperienceArrangement("", "", null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["name", "perspective", "establishedOn"], ignoreOrder: true);
    }

    [Fact]
    public void a_group_ends_once_on_or_after_it_was_established()
    {
        var ended = EndLivedExperienceArrangement.Decide(Given(Established), GroupId, new EndLivedExperienceArrangement("Opgegaan in het landelijk panel", Day.PlusDays(40)), Now);
        ended.Events.ShouldHaveSingleItem().ShouldBe(new LivedExperienceArrangementEnded(ProgrammeId, GroupId, "Opgegaan in het landelijk panel", Day.PlusDays(40), Now));
        EndLivedExperienceArrangement.Decide(Given(Established, ended.Events[0]), GroupId, new EndLivedExperienceArrangement("Nogmaals", Day.PlusDays(41)), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("arrangement.ended-once");
        EndLivedExperienceArrangement.Decide(Given(Established), GroupId, new EndLivedExperienceArrangement("Te vroeg", Day.PlusDays(-1)), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("arrangement.ended-after-established");
        EndLivedExperienceArrangement.Decide(Given(), GroupId, new EndLivedExperienceArrangement("Onbekend", Day), Now)
            .Refusals.ShouldHaveSingleItem().Kind.ShouldBe(RefusalKind.NotFound);
    }
}
