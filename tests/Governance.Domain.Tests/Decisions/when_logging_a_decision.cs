using Governance.Domain.Bodies;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Tests.Decisions;

public class when_logging_a_decision
{
    private static readonly Instant Now = Instant.FromUtc(2019, 3, 12, 14, 30);
    private static readonly Instant Earlier = Instant.FromUtc(2018, 4, 1, 8, 0);
    private static readonly Guid ProgrammeId = Guid.NewGuid();
    private static readonly Guid DecisionId = Guid.NewGuid();
    private static readonly Guid Vws = Guid.NewGuid();
    private static readonly Guid Ogo = Guid.NewGuid();
    private static readonly Guid Mandate = Guid.NewGuid();

    private static readonly object[] History =
    [
        new ProgrammeRegistered(ProgrammeId, "Geweld hoort nergens thuis", "Geweld eerder stoppen", "Ministerie van VWS",
            new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), Earlier),
        new PartnerJoined(ProgrammeId, Vws, "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2018, 4, 1), Earlier),
        new GovernanceBodyEstablished(ProgrammeId, Ogo, "Opdrachtgeversoverleg", BodyKind.Opdrachtgeversberaad, "Sturing",
            6, [DoorzettingsAspect.Beleidsmatig, DoorzettingsAspect.Financieel], Earlier),
        new MandateGranted(ProgrammeId, Mandate, Ogo, Vws, "Inzet subsidieregeling", [DoorzettingsAspect.Financieel],
            new LocalDate(2018, 6, 1), new LocalDate(2019, 12, 31), Earlier),
    ];

    private static Programme Given(params object[] more) => Programme.From(History.Concat(more));

    private static LogDecision Valid() => new(
        "Focus op de aanpak in de regio",
        "De Taskforce is gestopt; beleid alleen helpt niet.",
        [new DecisionOption("Nieuw landelijk beleid", "Eén lijn", "Landt niet in de regio"),
         new DecisionOption("Regionale projectleiders via een subsidieregeling", "Dicht bij de praktijk", "Kost tijd")],
        "Regionale projectleiders via een subsidieregeling",
        "De aanpak moet in de regio landen, niet primair nieuw beleid",
        new DecidedByInput(Ogo, null),
        Mandate,
        new LocalDate(2019, 3, 11),
        [Recommendation.HandelDaarWaarNodig, Recommendation.OrganiseerPassendeMiddelen],
        "Regio's hebben een projectleider",
        new LocalDate(2019, 9, 1),
        null,
        null);

    [Fact]
    public void given_the_deciding_body_and_its_mandate_the_decision_is_logged_as_taken_and_public()
    {
        var outcome = LogDecision.Decide(Given(), DecisionId, Valid(), Now);

        var logged = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<DecisionLogged>();
        logged.DecisionId.ShouldBe(DecisionId);
        logged.ProgrammeId.ShouldBe(ProgrammeId);
        logged.DecidedBy.ShouldBe(new DecisionMaker(Ogo, null, "Opdrachtgeversoverleg"));
        logged.MandateId.ShouldBe(Mandate);
        logged.Options.Count.ShouldBe(2);
        logged.Recommendations.ShouldBe([Recommendation.HandelDaarWaarNodig, Recommendation.OrganiseerPassendeMiddelen]);
        logged.Status.ShouldBe(DecisionStatus.Taken);
        logged.Woo.ShouldBe(new WooClassification(true, null));
        logged.RecordedAt.ShouldBe(Now);
    }

    [Fact]
    public void a_decision_without_rationale_is_refused_naming_the_field()
    {
        var outcome = LogDecision.Decide(Given(), DecisionId, Valid() with { Rationale = "" }, Now);

        outcome.Events.ShouldBeEmpty();
        outcome.Refusals.ShouldHaveSingleItem().Field.ShouldBe("rationale");
    }

    [Fact]
    public void a_chosen_option_that_was_not_among_the_options_is_refused()
    {
        var outcome = LogDecision.Decide(Given(), DecisionId, Valid() with { ChosenOption = "Iets anders" }, Now);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.chosen-among-options");
    }

    [Fact]
    public void a_decision_needs_exactly_one_decision_maker()
    {
        var both = LogDecision.Decide(Given(), DecisionId, Valid() with { DecidedBy = new DecidedByInput(Ogo, Vws) }, Now);
        var none = LogDecision.Decide(Given(), DecisionId, Valid() with { DecidedBy = null }, Now);

        both.Refusals.ShouldHaveSingleItem().Field.ShouldBe("decidedBy");
        none.Refusals.ShouldHaveSingleItem().Field.ShouldBe("decidedBy");
    }

    [Fact]
    public void a_body_that_does_not_exist_in_the_programme_cannot_decide()
    {
        var outcome = LogDecision.Decide(Given(), DecisionId, Valid() with { DecidedBy = new DecidedByInput(Guid.NewGuid(), null), MandateId = null }, Now);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.maker-exists");
    }

    [Fact]
    public void a_partner_that_left_cannot_decide()
    {
        var outcome = LogDecision.Decide(Given(new PartnerLeft(ProgrammeId, Vws, new LocalDate(2019, 1, 1), "Opgeheven", Earlier)),
            DecisionId, Valid() with { DecidedBy = new DecidedByInput(null, Vws), MandateId = null }, Now);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.maker-exists");
    }

    [Fact]
    public void a_mandate_held_by_someone_else_or_expired_or_revoked_does_not_cover_the_decision()
    {
        var otherHolder = LogDecision.Decide(Given(), DecisionId, Valid() with { DecidedBy = new DecidedByInput(null, Vws) }, Now);
        var expired = LogDecision.Decide(Given(), DecisionId, Valid() with { DecidedOn = new LocalDate(2020, 1, 1), ReviewOn = null }, Now);
        var revoked = LogDecision.Decide(Given(new MandateRevoked(ProgrammeId, Mandate, "Herzien", Earlier)), DecisionId, Valid(), Now);

        otherHolder.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.mandate-holder");
        expired.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.mandate-valid");
        revoked.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.mandate-valid");
    }

    [Fact]
    public void a_review_date_on_or_before_the_decision_is_refused()
    {
        var outcome = LogDecision.Decide(Given(), DecisionId, Valid() with { ReviewOn = new LocalDate(2019, 3, 11) }, Now);

        outcome.Refusals.ShouldHaveSingleItem().Field.ShouldBe("reviewOn");
    }

    [Fact]
    public void a_non_public_decision_needs_its_woo_ground()
    {
        var without = LogDecision.Decide(Given(), DecisionId, Valid() with { Woo = new WooInput(false, " ") }, Now);
        var with = LogDecision.Decide(Given(), DecisionId, Valid() with { Woo = new WooInput(false, "Art. 5.2 Woo: persoonlijke beleidsopvattingen") }, Now);

        without.Refusals.ShouldHaveSingleItem().Field.ShouldBe("woo.ground");
        with.Events.ShouldHaveSingleItem().ShouldBeOfType<DecisionLogged>().Woo.Public.ShouldBeFalse();
    }

    [Fact]
    public void a_decision_on_an_ended_programme_is_refused_as_a_rule()
    {
        var ended = Given(new ProgrammeEnded(ProgrammeId, new LocalDate(2019, 1, 1), "Afgerond", Earlier));

        var outcome = LogDecision.Decide(ended, DecisionId, Valid(), Now);

        outcome.Events.ShouldBeEmpty();
        var refusal = outcome.Refusals.ShouldHaveSingleItem();
        refusal.Kind.ShouldBe(RefusalKind.RuleViolated);
        refusal.Rule.ShouldBe("decision.programme-ended");
    }
}
