using Governance.Domain.Common;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;
using static Governance.Domain.Tests.Ghnt;

namespace Governance.Domain.Tests.Programmes;

public class when_planning_borging_and_ending_a_programme
{
    private static readonly LocalDate On = new(2021, 6, 1);

    [Fact]
    public void a_borging_plan_names_subjects_owned_by_the_opdrachtgever_and_the_line_organisations()
    {
        var command = new RecordBorgingPlan([
            new BorgingItemInput(" Regionale aanpak ", Utrecht),
            new BorgingItemInput("Financiering na 2021", Vws)]);

        var outcome = RecordBorgingPlan.Decide(Given(), command, Now);

        var plan = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<BorgingPlanRecorded>();
        plan.Items.ShouldBe([new BorgingItem("Regionale aanpak", Utrecht), new BorgingItem("Financiering na 2021", Vws)]);
    }

    [Fact]
    public void the_opdrachtnemer_owns_no_borging_subject()
    {
        // 004 l. 2215–2217: "het programmateam is niet verantwoordelijk voor de gerichte voortzetting of borging".
        var outcome = RecordBorgingPlan.Decide(Given(), new RecordBorgingPlan([new BorgingItemInput("Kennisbank", Programmadirectie)]), Now);

        outcome.Events.ShouldBeEmpty();
        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("borging.owner-not-opdrachtnemer");
    }

    [Fact]
    public void a_borging_owner_is_a_partner_that_takes_part()
    {
        var left = Given(new PartnerLeft(ProgrammeId, Utrecht, On, "Opgeheven", Earlier));

        var departed = RecordBorgingPlan.Decide(left, new RecordBorgingPlan([new BorgingItemInput("Regionale aanpak", Utrecht)]), Now);
        var stranger = RecordBorgingPlan.Decide(Given(), new RecordBorgingPlan([new BorgingItemInput("Regionale aanpak", Guid.NewGuid())]), Now);

        departed.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("borging.owner-active");
        stranger.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("borging.owner-active");
    }

    [Fact]
    public void a_borging_plan_has_at_least_one_complete_item()
    {
        var empty = RecordBorgingPlan.Decide(Given(), new RecordBorgingPlan([]), Now);
        var incomplete = RecordBorgingPlan.Decide(Given(), new RecordBorgingPlan([new BorgingItemInput("", Vws), new BorgingItemInput("Iets", null)]), Now);

        empty.Refusals.ShouldHaveSingleItem().Field.ShouldBe("items");
        incomplete.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("borging.item-complete");
    }

    [Fact]
    public void the_stop_or_continue_decision_is_recorded_with_its_rationale()
    {
        var outcome = DecideContinuation.Decide(Given(), new DecideContinuation(ContinuationChoice.OverdragenAanLijn, "Gemeenten nemen het over", On), Now);

        outcome.Events.ShouldHaveSingleItem().ShouldBe(new ContinuationDecided(ProgrammeId, ContinuationChoice.OverdragenAanLijn, "Gemeenten nemen het over", On, Now));
    }

    [Fact]
    public void a_continuation_decision_needs_choice_rationale_and_date()
    {
        var outcome = DecideContinuation.Decide(Given(), new DecideContinuation(null, " ", null), Now);

        outcome.Refusals.Select(r => r.Field).ShouldBe(["choice", "rationale", "decidedOn"], ignoreOrder: true);
    }

    [Fact]
    public void ending_records_the_date_and_reason_and_closes_the_programme()
    {
        var outcome = EndProgramme.Decide(Given(), new EndProgramme(new LocalDate(2022, 12, 31), "Opgave geborgd"), Now);

        var ended = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<ProgrammeEnded>();
        ended.EndedOn.ShouldBe(new LocalDate(2022, 12, 31));
        var state = Given(ended);
        state.Ended.ShouldBeTrue();
        state.Phase.ShouldBe(ProgrammePhase.Beeindigd);
    }

    [Fact]
    public void a_programme_does_not_end_before_its_start()
    {
        var outcome = EndProgramme.Decide(Given(), new EndProgramme(Start.PlusDays(-1), "Toch niet"), Now);

        outcome.Refusals.ShouldHaveSingleItem().Field.ShouldBe("endedOn");
    }

    public static TheoryData<string, Func<Programme, Outcome>> EveryCommand => new()
    {
        { "phase", p => ChangePhase.Decide(p, new ChangePhase(ProgrammePhase.Afbouw, On, null), Now) },
        { "opgave", p => FormulateOpgave.Decide(p, new FormulateOpgave("O", "A", "E", "K", "R"), Now) },
        { "justification", p => JustifyProgrammeForm.Decide(p, new JustifyProgrammeForm("W", "A"), Now) },
        { "focus", p => ChooseFocusLevel.Decide(p, new ChooseFocusLevel(FocusLevel.Lokaal, "R"), Now) },
        { "extension", p => ExtendProgramme.Decide(p, new ExtendProgramme(new LocalDate(2030, 1, 1), "R"), Now) },
        { "borging", p => RecordBorgingPlan.Decide(p, new RecordBorgingPlan([new BorgingItemInput("S", Vws)]), Now) },
        { "continuation", p => DecideContinuation.Decide(p, new DecideContinuation(ContinuationChoice.Stoppen, "R", On), Now) },
        { "end", p => EndProgramme.Decide(p, new EndProgramme(On, "R"), Now) },
        { "cadence", p => SetReflectionCadence.Decide(p, new SetReflectionCadence(4), Now) },
        { "add partner", p => AddPartner.Decide(p, Guid.NewGuid(), new AddPartner("Gemeente Zwolle", Bestuurslaag.Gemeente, PartnerRole.Ketenpartner, On), Now) },
        { "departure", p => RecordPartnerDeparture.Decide(p, Utrecht, new RecordPartnerDeparture(On, "R"), Now) },
        { "interest", p => RecordPartnerInterest.Decide(p, Utrecht, new RecordPartnerInterest("I", "C"), Now) },
        { "endorsement", p => EndorseOpgave.Decide(p, Utrecht, new EndorseOpgave(On), Now) },
        { "representative", p => NameRepresentative.Decide(p, Utrecht, Guid.NewGuid(), new NameRepresentative("Anna", "Wethouder"), Now) },
        { "learning goal", p => SetLearningGoal.Decide(p, Utrecht, Guid.NewGuid(), new SetLearningGoal("Leren samenwerken"), Now) },
        { "mandate", p => GrantMandate.Decide(p, Guid.NewGuid(), new GrantMandate(Stuurgroep, Vws, "S", [DoorzettingsAspect.Financieel], On, null), Now) },
    };

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void every_command_on_an_ended_programme_is_refused(string command, Func<Programme, Outcome> decide)
    {
        var open = Given(Opgave());
        var ended = Given(Opgave(), Ended());

        decide(open).IsRefused.ShouldBeFalse(command);
        var outcome = decide(ended);
        outcome.Events.ShouldBeEmpty();
        var refusal = outcome.Refusals.ShouldHaveSingleItem();
        refusal.Kind.ShouldBe(RefusalKind.RuleViolated);
        refusal.Rule.ShouldBe("programme.ended");
    }
}
