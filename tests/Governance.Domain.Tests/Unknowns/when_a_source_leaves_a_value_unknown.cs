using Governance.Domain.Bodies;
using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;
using NodaTime;
using static Governance.Domain.Tests.Ghnt;

namespace Governance.Domain.Tests.Unknowns;

/// <summary>
/// Issue 17 §6: sources often do not give a planned end, an amount or horizon, who decided or the aspects of a
/// mandate. Each command records "onbekend" as such, and still refuses nonsense in the values it is given.
/// </summary>
public class when_a_source_leaves_a_value_unknown
{
    private static readonly ProgrammeRegistered WithoutEnd =
        new(ProgrammeId, "Wvggz", "De wet invoeren", "Ministerie van VWS", Start, null, Earlier);

    private static Programme GivenWithoutEnd(params object[] more) => Programme.From(new object[] { WithoutEnd }.Concat(History.Skip(1)).Concat(more));

    [Fact]
    public void a_programme_is_registered_without_a_planned_end()
    {
        var outcome = RegisterProgramme.Decide(ProgrammeId, new RegisterProgramme("Wvggz", "De wet invoeren", "Ministerie van VWS", Start, null), Now);

        outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<ProgrammeRegistered>().PlannedEndDate.ShouldBeNull();
        Programme.From(outcome.Events).PlannedEndDate.ShouldBeNull();
    }

    [Fact]
    public void a_planned_end_given_before_the_start_is_still_refused()
    {
        var outcome = RegisterProgramme.Decide(ProgrammeId, new RegisterProgramme("Wvggz", "De wet invoeren", "Ministerie van VWS", Start, Start.PlusDays(-1)), Now);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.end-after-start");
    }

    [Fact]
    public void the_planned_end_is_filled_in_once_known_and_after_that_moves_only_by_an_extension()
    {
        var recorded = RecordPlannedEndDate.Decide(GivenWithoutEnd(), new RecordPlannedEndDate(new LocalDate(2021, 12, 31)), Now);

        var e = recorded.Events.ShouldHaveSingleItem().ShouldBeOfType<PlannedEndDateRecorded>();
        GivenWithoutEnd(e).PlannedEndDate.ShouldBe(new LocalDate(2021, 12, 31));
        RecordPlannedEndDate.Decide(GivenWithoutEnd(e), new RecordPlannedEndDate(new LocalDate(2022, 12, 31)), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.planned-end-known");
        RecordPlannedEndDate.Decide(GivenWithoutEnd(), new RecordPlannedEndDate(Start), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.end-after-start");
        RecordPlannedEndDate.Decide(GivenWithoutEnd(), new RecordPlannedEndDate(null), Now)
            .Refusals.ShouldHaveSingleItem().Field.ShouldBe("plannedEndDate");
    }

    [Fact]
    public void an_extension_may_leave_the_new_end_unknown_and_from_an_unknown_end_needs_only_a_date_after_the_start()
    {
        var open = ExtendProgramme.Decide(Given(), new ExtendProgramme(null, "Verlengd; de nieuwe einddatum volgt"), Now)
            .Events.ShouldHaveSingleItem().ShouldBeOfType<ProgrammeExtended>();
        open.PreviousPlannedEndDate.ShouldBe(PlannedEnd);
        open.NewPlannedEndDate.ShouldBeNull();

        ExtendProgramme.Decide(GivenWithoutEnd(), new ExtendProgramme(new LocalDate(2019, 1, 1), "Reden"), Now)
            .Events.ShouldHaveSingleItem().ShouldBeOfType<ProgrammeExtended>().PreviousPlannedEndDate.ShouldBeNull();
        ExtendProgramme.Decide(GivenWithoutEnd(), new ExtendProgramme(Start, "Reden"), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.end-after-start");
    }

    [Fact]
    public void funding_is_committed_with_amount_and_end_unknown_and_a_given_end_before_the_start_is_still_refused()
    {
        var committed = CommitFunding.Decide(Given(), Guid.NewGuid(), new CommitFunding(Vws, null, Start, null, FundingKind.Tijdelijk), Now)
            .Events.ShouldHaveSingleItem().ShouldBeOfType<FundingCommitted>();
        committed.AmountEuro.ShouldBeNull();
        committed.Until.ShouldBeNull();

        CommitFunding.Decide(Given(), Guid.NewGuid(), new CommitFunding(Vws, null, Start, Start.PlusDays(-1), FundingKind.Tijdelijk), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("funding.period");
        CommitFunding.Decide(Given(), Guid.NewGuid(), new CommitFunding(Vws, 0m, Start, null, FundingKind.Tijdelijk), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("funding.amount-positive");
    }

    private static LogDecision Decision(DecidedByInput? by, Guid? mandate = null) => new("Focus op de regio", null, null, "Regio",
        "De aanpak moet in de regio landen", by, mandate, new LocalDate(2019, 3, 11), null, null, null, null, null);

    [Fact]
    public void a_decision_is_logged_with_who_decided_explicitly_unknown()
    {
        var logged = LogDecision.Decide(Given(), Guid.NewGuid(), Decision(new DecidedByInput(null, null) { Unknown = true }), Now)
            .Events.ShouldHaveSingleItem().ShouldBeOfType<DecisionLogged>();

        logged.DecidedBy.ShouldBe(DecisionMaker.Unknown);
        logged.DecidedBy.IsKnown().ShouldBeFalse();
    }

    [Fact]
    public void who_decided_is_still_exactly_one_choice_and_a_forgotten_one_is_still_refused()
    {
        LogDecision.Decide(Given(), Guid.NewGuid(), Decision(null), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.decided-by-one");
        LogDecision.Decide(Given(), Guid.NewGuid(), Decision(new DecidedByInput(null, null)), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.decided-by-one");
        LogDecision.Decide(Given(), Guid.NewGuid(), Decision(new DecidedByInput(Stuurgroep, null) { Unknown = true }), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("decision.decided-by-one");
        LogDecision.Decide(Given(), Guid.NewGuid(), Decision(new DecidedByInput(null, null) { Unknown = true }, mandate: Guid.NewGuid()), Now)
            .Refusals.ShouldHaveSingleItem().ShouldSatisfyAllConditions(r => r.Field.ShouldBe("mandateId"), r => r.Rule.ShouldBe("decision.mandate-needs-maker"));
    }

    private static GrantMandate Mandate(IReadOnlyList<DoorzettingsAspect>? aspects, bool unknown) =>
        new(Stuurgroep, Vws, "Inzet subsidieregeling", aspects, Start, null) { AspectsUnknown = unknown };

    [Fact]
    public void a_mandate_is_granted_with_its_aspects_explicitly_unknown_and_an_empty_list_alone_is_still_refused()
    {
        var granted = GrantMandate.Decide(Given(), Guid.NewGuid(), Mandate(null, unknown: true), Now)
            .Events.ShouldHaveSingleItem().ShouldBeOfType<MandateGranted>();
        granted.Aspects.ShouldBeNull();

        GrantMandate.Decide(Given(), Guid.NewGuid(), Mandate([], unknown: false), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("mandate.aspects");
        GrantMandate.Decide(Given(), Guid.NewGuid(), Mandate([DoorzettingsAspect.Financieel], unknown: true), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("mandate.aspects-or-unknown");
    }

    [Fact]
    public void a_body_is_established_with_its_aspects_unknown_which_is_not_the_same_as_a_body_without_aspects()
    {
        EstablishGovernanceBody Body(string name, IReadOnlyList<DoorzettingsAspect>? aspects, bool unknown) =>
            new(name, BodyKind.Stuurgroep, "Sturing", 4, aspects) { AspectsUnknown = unknown };

        GovernanceBodyEstablished Established(EstablishGovernanceBody command) =>
            EstablishGovernanceBody.Decide(Given(), Guid.NewGuid(), command, Now).Events.ShouldHaveSingleItem().ShouldBeOfType<GovernanceBodyEstablished>();

        Established(Body("Bestuurlijk overleg", null, unknown: true)).Aspects.ShouldBeNull();
        Established(Body("Klankbordgroep", [], unknown: false)).Aspects.ShouldBe([]);
        EstablishGovernanceBody.Decide(Given(), Guid.NewGuid(), Body("Beide", [DoorzettingsAspect.Juridisch], unknown: true), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("body.aspects-or-unknown");
    }
}
