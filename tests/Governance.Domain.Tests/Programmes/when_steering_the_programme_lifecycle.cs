using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;
using static Governance.Domain.Tests.Ghnt;

namespace Governance.Domain.Tests.Programmes;

public class when_steering_the_programme_lifecycle
{
    private static readonly LocalDate On = new(2018, 9, 1);

    [Fact]
    public void a_programme_moves_forward_to_a_later_phase_and_may_skip_one()
    {
        var outcome = ChangePhase.Decide(Given(), new ChangePhase(ProgrammePhase.Uitvoering, On, " Regio's zijn gestart "), Now);

        outcome.Events.ShouldHaveSingleItem().ShouldBe(new ProgrammePhaseChanged(ProgrammeId, ProgrammePhase.Uitvoering, On, "Regio's zijn gestart", Now));
    }

    [Theory]
    [InlineData(ProgrammePhase.Start)]
    [InlineData(ProgrammePhase.Verkenning)]
    public void a_programme_never_moves_back_or_stays_in_its_phase(ProgrammePhase phase)
    {
        var inStart = Given(new ProgrammePhaseChanged(ProgrammeId, ProgrammePhase.Start, On, null, Earlier));

        var outcome = ChangePhase.Decide(inStart, new ChangePhase(phase, On, null), Now);

        outcome.Events.ShouldBeEmpty();
        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.phase-forward");
    }

    [Fact]
    public void beeindigd_is_reached_only_by_ending_the_programme()
    {
        var outcome = ChangePhase.Decide(Given(), new ChangePhase(ProgrammePhase.Beeindigd, On, null), Now);

        var refusal = outcome.Refusals.ShouldHaveSingleItem();
        refusal.Field.ShouldBe("phase");
        refusal.Rule.ShouldBe("programme.phase-end-by-ending");
    }

    [Fact]
    public void voortgezet_follows_only_a_decision_to_continue()
    {
        var noDecision = ChangePhase.Decide(Given(), new ChangePhase(ProgrammePhase.Voortgezet, On, null), Now);
        var stopped = ChangePhase.Decide(Given(new ContinuationDecided(ProgrammeId, ContinuationChoice.Stoppen, "Klaar", On, Earlier)),
            new ChangePhase(ProgrammePhase.Voortgezet, On, null), Now);
        var continued = ChangePhase.Decide(Given(new ContinuationDecided(ProgrammeId, ContinuationChoice.VoortzettenInAangepasteVorm, "Nog niet geborgd", On, Earlier)),
            new ChangePhase(ProgrammePhase.Voortgezet, On, null), Now);

        noDecision.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.continued-after-decision");
        stopped.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.continued-after-decision");
        continued.Events.ShouldHaveSingleItem().ShouldBeOfType<ProgrammePhaseChanged>().Phase.ShouldBe(ProgrammePhase.Voortgezet);
    }

    [Fact]
    public void a_phase_change_needs_its_phase_and_date()
    {
        var outcome = ChangePhase.Decide(Given(), new ChangePhase(null, null, null), Now);

        outcome.Refusals.Select(r => r.Field).ShouldBe(["phase", "on"], ignoreOrder: true);
    }

    [Fact]
    public void the_opgave_is_formulated_with_ambition_effect_kaders_and_ruimte_and_marks_the_programme()
    {
        var command = new FormulateOpgave(" Geweld eerder stoppen ", "Duurzaam oplossen", "Minder huiselijk geweld", "Bestaande wetgeving", "Regionale aanpak");

        var outcome = FormulateOpgave.Decide(Given(), command, Now);

        var formulated = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<OpgaveFormulated>();
        formulated.Opgave.ShouldBe("Geweld eerder stoppen");
        formulated.Ruimte.ShouldBe("Regionale aanpak");
        Given().OpgaveIsFormulated.ShouldBeFalse();
        Given(formulated).OpgaveIsFormulated.ShouldBeTrue();
    }

    [Fact]
    public void an_opgave_without_its_kaders_and_ruimte_is_refused_naming_both()
    {
        var outcome = FormulateOpgave.Decide(Given(), new FormulateOpgave("Opgave", "Ambitie", "Effect", "", " "), Now);

        outcome.Refusals.Select(r => r.Field).ShouldBe(["kaders", "ruimte"], ignoreOrder: true);
    }

    [Fact]
    public void the_programme_form_is_justified_with_what_existing_organisations_cannot_do()
    {
        var ok = JustifyProgrammeForm.Decide(Given(), new JustifyProgrammeForm("Ketenoverstijgend werken", "Taskforce; regulier beleid"), Now);
        var missing = JustifyProgrammeForm.Decide(Given(), new JustifyProgrammeForm("", "Taskforce"), Now);

        ok.Events.ShouldHaveSingleItem().ShouldBe(new ProgrammeFormJustified(ProgrammeId, "Ketenoverstijgend werken", "Taskforce; regulier beleid", Now));
        missing.Refusals.ShouldHaveSingleItem().Field.ShouldBe("whatExistingOrganisationsCannotDo");
    }

    [Fact]
    public void a_focus_level_is_chosen_with_its_reason()
    {
        var ok = ChooseFocusLevel.Decide(Given(), new ChooseFocusLevel(FocusLevel.Regionaal, "De aanpak moet in de regio landen"), Now);
        var noReason = ChooseFocusLevel.Decide(Given(), new ChooseFocusLevel(FocusLevel.Regionaal, ""), Now);
        var noLevel = ChooseFocusLevel.Decide(Given(), new ChooseFocusLevel(null, "Reden"), Now);

        ok.Events.ShouldHaveSingleItem().ShouldBe(new FocusLevelChosen(ProgrammeId, FocusLevel.Regionaal, "De aanpak moet in de regio landen", Now));
        noReason.Refusals.ShouldHaveSingleItem().Field.ShouldBe("reason");
        noLevel.Refusals.ShouldHaveSingleItem().Field.ShouldBe("level");
    }

    [Fact]
    public void an_extension_moves_the_planned_end_later_and_records_the_previous_one()
    {
        var outcome = ExtendProgramme.Decide(Given(), new ExtendProgramme(new LocalDate(2022, 12, 31), "Borging nog niet rond"), Now);

        var extended = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<ProgrammeExtended>();
        extended.PreviousPlannedEndDate.ShouldBe(PlannedEnd);
        extended.NewPlannedEndDate.ShouldBe(new LocalDate(2022, 12, 31));
        Given(extended).PlannedEndDate.ShouldBe(new LocalDate(2022, 12, 31));
    }

    [Theory]
    [InlineData(2021, 12, 31)]
    [InlineData(2021, 6, 30)]
    public void an_extension_on_or_before_the_current_planned_end_is_refused(int year, int month, int day)
    {
        var outcome = ExtendProgramme.Decide(Given(), new ExtendProgramme(new LocalDate(year, month, day), "Reden"), Now);

        var refusal = outcome.Refusals.ShouldHaveSingleItem();
        refusal.Kind.ShouldBe(RefusalKind.RuleViolated);
        refusal.Rule.ShouldBe("programme.extension-later");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(52)]
    public void a_reflection_cadence_of_1_to_52_weeks_is_set(int weeks)
    {
        var outcome = SetReflectionCadence.Decide(Given(), new SetReflectionCadence(weeks), Now);

        outcome.Events.ShouldHaveSingleItem().ShouldBe(new ReflectionCadenceSet(ProgrammeId, weeks, Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(53)]
    [InlineData(null)]
    public void a_reflection_cadence_outside_1_to_52_weeks_is_refused(int? weeks)
    {
        var outcome = SetReflectionCadence.Decide(Given(), new SetReflectionCadence(weeks), Now);

        outcome.Refusals.ShouldHaveSingleItem().Field.ShouldBe("everyWeeks");
    }
}
