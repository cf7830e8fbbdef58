using Governance.Domain.Common;
using Governance.Domain.Partners;
using NodaTime;
using static Governance.Domain.Tests.Ghnt;

namespace Governance.Domain.Tests.Partners;

public class when_granting_and_revoking_mandates
{
    private static readonly Guid MandateId = Guid.NewGuid();
    private static readonly LocalDate From = new(2018, 6, 1);
    private static readonly LocalDate Until = new(2019, 12, 31);

    private static GrantMandate Valid() =>
        new(Stuurgroep, Vws, "Inzet subsidieregeling", [DoorzettingsAspect.Financieel, DoorzettingsAspect.Beleidsmatig, DoorzettingsAspect.Financieel], From, Until);

    private static MandateGranted Granted() =>
        new(ProgrammeId, MandateId, Stuurgroep, Vws, "Inzet subsidieregeling", [DoorzettingsAspect.Financieel], From, Until, Earlier);

    [Fact]
    public void an_opdrachtgever_grants_a_body_a_mandate_on_named_aspects()
    {
        var outcome = GrantMandate.Decide(Given(), MandateId, Valid(), Now);

        var granted = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<MandateGranted>();
        granted.HolderId.ShouldBe(Stuurgroep);
        granted.GrantedByPartnerId.ShouldBe(Vws);
        granted.Aspects.ShouldBe([DoorzettingsAspect.Beleidsmatig, DoorzettingsAspect.Financieel]);
        granted.ValidUntil.ShouldBe(Until);
    }

    [Fact]
    public void an_active_partner_can_hold_a_mandate_and_it_may_be_open_ended()
    {
        var outcome = GrantMandate.Decide(Given(), MandateId, Valid() with { HolderId = Programmadirectie, ValidUntil = null }, Now);

        outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<MandateGranted>().ValidUntil.ShouldBeNull();
    }

    [Fact]
    public void the_holder_is_a_body_of_the_programme_or_a_partner_that_takes_part()
    {
        var stranger = GrantMandate.Decide(Given(), MandateId, Valid() with { HolderId = Guid.NewGuid() }, Now);
        var departed = GrantMandate.Decide(Given(new PartnerLeft(ProgrammeId, Utrecht, From, "Weg", Earlier)), MandateId,
            Valid() with { HolderId = Utrecht }, Now);

        stranger.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("mandate.holder-exists");
        departed.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("mandate.holder-exists");
    }

    [Fact]
    public void only_an_active_opdrachtgever_grants_a_mandate()
    {
        var byOpdrachtnemer = GrantMandate.Decide(Given(), MandateId, Valid() with { GrantedByPartnerId = Programmadirectie }, Now);
        var byDeparted = GrantMandate.Decide(Given(new PartnerLeft(ProgrammeId, Vws, From, "Weg", Earlier)), MandateId, Valid(), Now);

        byOpdrachtnemer.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("mandate.granted-by-opdrachtgever");
        byDeparted.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("mandate.granted-by-opdrachtgever");
    }

    [Fact]
    public void a_mandate_ends_after_it_starts_and_covers_at_least_one_aspect()
    {
        var sameDay = GrantMandate.Decide(Given(), MandateId, Valid() with { ValidUntil = From }, Now);
        var noAspects = GrantMandate.Decide(Given(), MandateId, Valid() with { Aspects = [] }, Now);
        var nullAspects = GrantMandate.Decide(Given(), MandateId, Valid() with { Aspects = null }, Now);

        var refusal = sameDay.Refusals.ShouldHaveSingleItem();
        refusal.Field.ShouldBe("validUntil");
        refusal.Rule.ShouldBe("mandate.until-after-from");
        noAspects.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("mandate.aspects");
        nullAspects.Refusals.ShouldHaveSingleItem().Field.ShouldBe("aspects");
    }

    [Fact]
    public void a_mandate_is_revoked_once()
    {
        var revoke = new RevokeMandate("Herzien na evaluatie");

        var first = RevokeMandate.Decide(Given(Granted()), MandateId, revoke, Now);
        var again = RevokeMandate.Decide(Given(Granted(), new MandateRevoked(ProgrammeId, MandateId, "Eerder", Earlier)), MandateId, revoke, Now);

        first.Events.ShouldHaveSingleItem().ShouldBe(new MandateRevoked(ProgrammeId, MandateId, "Herzien na evaluatie", Now));
        Given(Granted(), new MandateRevoked(ProgrammeId, MandateId, "x", Now)).Mandates[MandateId].Revoked.ShouldBeTrue();
        again.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("mandate.revoked");
    }

    [Fact]
    public void an_unknown_mandate_is_not_found_and_an_ended_programme_revokes_nothing()
    {
        var unknown = RevokeMandate.Decide(Given(Granted()), Guid.NewGuid(), new RevokeMandate("R"), Now);
        var ended = RevokeMandate.Decide(Given(Granted(), Ended()), MandateId, new RevokeMandate("R"), Now);

        unknown.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("mandate.not-found");
        ended.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }
}
