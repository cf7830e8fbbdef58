using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Tests.Decisions;

public class when_logging_a_decision
{
    private static readonly Instant Now = Instant.FromUtc(2019, 3, 12, 14, 30);
    private static readonly Guid ProgrammeId = Guid.NewGuid();
    private static readonly Guid DecisionId = Guid.NewGuid();

    private static readonly ProgrammeRegistered Registered = new(
        ProgrammeId, "Geweld hoort nergens thuis", "Geweld eerder stoppen", "Ministerie van VWS",
        new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), Instant.FromUtc(2018, 4, 1, 8, 0));

    private static LogDecision Valid() => new(
        "Focus op de aanpak in de regio",
        "De Taskforce is gestopt; beleid alleen helpt niet.",
        "Regionale projectleiders via een subsidieregeling",
        "De aanpak moet in de regio landen, niet primair nieuw beleid",
        "Opdrachtgeversoverleg",
        new LocalDate(2019, 3, 11));

    [Fact]
    public void given_a_registered_programme_the_decision_is_logged_on_that_programme()
    {
        var programme = Programme.Create(Registered);

        var outcome = LogDecision.Decide(programme, DecisionId, Valid(), Now);

        var logged = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<DecisionLogged>();
        logged.DecisionId.ShouldBe(DecisionId);
        logged.ProgrammeId.ShouldBe(ProgrammeId);
        logged.Title.ShouldBe("Focus op de aanpak in de regio");
        logged.DecidedOn.ShouldBe(new LocalDate(2019, 3, 11));
        logged.LoggedAt.ShouldBe(Now);
    }

    [Fact]
    public void a_decision_without_rationale_is_refused_naming_the_field()
    {
        var outcome = LogDecision.Decide(Programme.Create(Registered), DecisionId, Valid() with { Rationale = "" }, Now);

        outcome.Events.ShouldBeEmpty();
        outcome.Refusals.ShouldHaveSingleItem().Field.ShouldBe("rationale");
    }

    [Fact]
    public void a_decision_on_an_ended_programme_is_refused_as_a_rule()
    {
        var ended = Programme.Create(Registered) with { Ended = true };

        var outcome = LogDecision.Decide(ended, DecisionId, Valid(), Now);

        outcome.Events.ShouldBeEmpty();
        var refusal = outcome.Refusals.ShouldHaveSingleItem();
        refusal.Kind.ShouldBe(RefusalKind.RuleViolated);
        refusal.Rule.ShouldBe("decision.programme-ended");
    }
}
