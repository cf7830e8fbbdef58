using Governance.Domain.Resources;
using NodaTime;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Resources;

public class when_funding_is_committed
{
    private static readonly Guid FundingId = Guid.NewGuid();

    private static CommitFunding Valid() => new(Vws, 2_500_000m, new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31), FundingKind.Tijdelijk);

    [Fact]
    public void the_opdrachtgever_commits_money_for_a_period()
    {
        CommitFunding.Decide(Given(), FundingId, Valid(), Now).Events.ShouldHaveSingleItem().ShouldBe(new FundingCommitted(
            ProgrammeId, FundingId, Vws, 2_500_000m, new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31), FundingKind.Tijdelijk, Now));
    }

    [Fact]
    public void a_lijnorganisatie_may_commit_too()
    {
        CommitFunding.Decide(Given(), FundingId, Valid() with { CommittedByPartnerId = Vng, Kind = FundingKind.Structureel }, Now)
            .Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void the_opdrachtnemer_does_not_organise_funding()
    {
        CommitFunding.Decide(Given(), FundingId, Valid() with { CommittedByPartnerId = Director }, Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("funding.not-by-opdrachtnemer");
    }

    [Fact]
    public void only_an_active_partner_commits()
    {
        CommitFunding.Decide(Given(), FundingId, Valid() with { CommittedByPartnerId = Gone }, Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("funding.partner-active");
    }

    [Theory]
    [InlineData("0.01", true)]
    [InlineData("0", false)]
    [InlineData("-100", false)]
    public void the_amount_is_more_than_zero(string amount, bool accepted)
    {
        var outcome = CommitFunding.Decide(Given(), FundingId, Valid() with { AmountEuro = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) }, Now);

        if (accepted) outcome.Events.ShouldHaveSingleItem();
        else outcome.Refusals.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => r.Field.ShouldBe("amountEuro"), r => r.Rule.ShouldBe("funding.amount-positive"));
    }

    [Fact]
    public void the_period_ends_after_it_starts()
    {
        CommitFunding.Decide(Given(), FundingId, Valid() with { Until = new LocalDate(2019, 1, 1) }, Now)
            .Refusals.ShouldHaveSingleItem().ShouldSatisfyAllConditions(r => r.Field.ShouldBe("until"), r => r.Rule.ShouldBe("funding.period"));
        CommitFunding.Decide(Given(), FundingId, Valid() with { Until = new LocalDate(2019, 1, 2) }, Now).Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void every_required_field_is_named_and_amount_and_end_may_be_left_unknown()
    {
        CommitFunding.Decide(Given(), FundingId, new CommitFunding(null, null, null, null, null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["committedByPartnerId", "from", "kind"], ignoreOrder: true);
    }

    [Fact]
    public void no_funding_is_added_to_an_ended_programme()
    {
        CommitFunding.Decide(Given(Ended), FundingId, Valid(), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }
}
