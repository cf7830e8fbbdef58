using Governance.Domain.Bodies;
using Governance.Domain.Common;
using Governance.Domain.Partners;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Bodies;

public class when_establishing_a_governance_body
{
    private static readonly Guid BodyId = Guid.NewGuid();

    private static EstablishGovernanceBody Valid() => new(" Stuurgroep GHNT ", BodyKind.Stuurgroep,
        "Doorzettingsmacht organiseren waar de opdrachtgevers die niet in de volle breedte hebben", 4,
        [DoorzettingsAspect.Juridisch, DoorzettingsAspect.Beleidsmatig, DoorzettingsAspect.Juridisch]);

    [Fact]
    public void the_body_is_established_with_its_purpose_frequency_and_aspects()
    {
        var established = EstablishGovernanceBody.Decide(Given(), BodyId, Valid(), Now)
            .Events.ShouldHaveSingleItem().ShouldBeOfType<GovernanceBodyEstablished>();

        established.ShouldBe(new GovernanceBodyEstablished(ProgrammeId, BodyId, "Stuurgroep GHNT", BodyKind.Stuurgroep,
            Valid().Purpose, 4, established.Aspects, Now));
        established.Aspects.ShouldBe([DoorzettingsAspect.Beleidsmatig, DoorzettingsAspect.Juridisch]);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(52, true)]
    [InlineData(0, false)]
    [InlineData(53, false)]
    public void it_meets_one_to_fifty_two_times_a_year(int meetingsPerYear, bool accepted)
    {
        var outcome = EstablishGovernanceBody.Decide(Given(), BodyId, Valid() with { MeetingsPerYear = meetingsPerYear }, Now);

        if (accepted) outcome.Events.ShouldHaveSingleItem();
        else outcome.Refusals.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => r.Field.ShouldBe("meetingsPerYear"), r => r.Rule.ShouldBe("body.meetings-per-year"));
    }

    [Fact]
    public void name_kind_purpose_and_frequency_are_required_and_named()
    {
        var outcome = EstablishGovernanceBody.Decide(Given(), BodyId, new EstablishGovernanceBody(" ", null, "", null, null), Now);

        outcome.Events.ShouldBeEmpty();
        outcome.Refusals.Select(r => r.Field).ShouldBe(["name", "kind", "purpose", "meetingsPerYear"], ignoreOrder: true);
    }

    [Fact]
    public void a_body_without_aspects_of_doorzettingsmacht_is_allowed()
    {
        var outcome = EstablishGovernanceBody.Decide(Given(), BodyId, Valid() with { Kind = BodyKind.Klankbordgroep, Aspects = null }, Now);

        outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<GovernanceBodyEstablished>().Aspects.ShouldBeEmpty();
    }

    [Fact]
    public void a_second_body_with_the_same_name_is_refused()
    {
        var outcome = EstablishGovernanceBody.Decide(Given(), BodyId, Valid() with { Name = "opdrachtgeversoverleg" }, Now);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("body.name-unique");
    }

    [Fact]
    public void no_body_is_added_to_an_ended_programme()
    {
        var refusal = EstablishGovernanceBody.Decide(Given(Ended), BodyId, Valid(), Now).Refusals.ShouldHaveSingleItem();

        refusal.Kind.ShouldBe(RefusalKind.RuleViolated);
        refusal.Rule.ShouldBe("programme.ended");
    }
}
