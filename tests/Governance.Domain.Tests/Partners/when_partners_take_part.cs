using Governance.Domain.Common;
using Governance.Domain.Partners;
using NodaTime;
using static Governance.Domain.Tests.Ghnt;

namespace Governance.Domain.Tests.Partners;

public class when_partners_take_part
{
    private static readonly LocalDate On = new(2019, 3, 1);
    private static PartnerLeft UtrechtLeft() => new(ProgrammeId, Utrecht, On, "Opgeheven", Earlier);

    [Fact]
    public void a_partner_leaves_with_date_and_reason_and_is_no_longer_active()
    {
        var outcome = RecordPartnerDeparture.Decide(Given(), Utrecht, new RecordPartnerDeparture(On, " Reorganisatie "), Now);

        var left = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<PartnerLeft>();
        left.ShouldBe(new PartnerLeft(ProgrammeId, Utrecht, On, "Reorganisatie", Now));
        Given(left).HasActivePartner(Utrecht).ShouldBeFalse();
    }

    [Fact]
    public void a_partner_that_left_cannot_leave_again()
    {
        var outcome = RecordPartnerDeparture.Decide(Given(UtrechtLeft()), Utrecht, new RecordPartnerDeparture(On, "Nogmaals"), Now);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("partner.active");
    }

    [Fact]
    public void a_partner_that_is_not_in_the_programme_is_not_found_before_its_input_is_checked()
    {
        var outcome = RecordPartnerDeparture.Decide(Given(), Guid.NewGuid(), new RecordPartnerDeparture(null, ""), Now);

        var refusal = outcome.Refusals.ShouldHaveSingleItem();
        refusal.Kind.ShouldBe(RefusalKind.NotFound);
        refusal.Rule.ShouldBe("partner.not-found");
    }

    [Fact]
    public void interest_and_contribution_are_recorded_for_an_active_partner()
    {
        var ok = RecordPartnerInterest.Decide(Given(), Utrecht, new RecordPartnerInterest("Veilig thuis", "Regionale projectleider"), Now);
        var missing = RecordPartnerInterest.Decide(Given(), Utrecht, new RecordPartnerInterest("Veilig thuis", ""), Now);
        var departed = RecordPartnerInterest.Decide(Given(UtrechtLeft()), Utrecht, new RecordPartnerInterest("I", "C"), Now);

        ok.Events.ShouldHaveSingleItem().ShouldBe(new PartnerInterestRecorded(ProgrammeId, Utrecht, "Veilig thuis", "Regionale projectleider", Now));
        missing.Refusals.ShouldHaveSingleItem().Field.ShouldBe("contribution");
        departed.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("partner.active");
    }

    [Fact]
    public void the_opgave_is_endorsed_only_once_it_is_formulated()
    {
        var before = EndorseOpgave.Decide(Given(), Utrecht, new EndorseOpgave(On), Now);
        var after = EndorseOpgave.Decide(Given(Opgave()), Utrecht, new EndorseOpgave(On), Now);

        before.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("opgave.formulated");
        after.Events.ShouldHaveSingleItem().ShouldBe(new OpgaveEndorsed(ProgrammeId, Utrecht, On, Now));
    }

    [Fact]
    public void a_partner_that_left_does_not_endorse_the_opgave()
    {
        var outcome = EndorseOpgave.Decide(Given(Opgave(), UtrechtLeft()), Utrecht, new EndorseOpgave(On), Now);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("partner.active");
    }

    [Fact]
    public void a_representative_is_named_with_name_and_function()
    {
        var personId = Guid.NewGuid();

        var ok = NameRepresentative.Decide(Given(), Utrecht, personId, new NameRepresentative("Anna de Vries", "Wethouder zorg"), Now);
        var missing = NameRepresentative.Decide(Given(), Utrecht, personId, new NameRepresentative("", ""), Now);

        ok.Events.ShouldHaveSingleItem().ShouldBe(new RepresentativeNamed(ProgrammeId, Utrecht, personId, "Anna de Vries", "Wethouder zorg", Now));
        missing.Refusals.Select(r => r.Field).ShouldBe(["name", "function"], ignoreOrder: true);
    }

    [Fact]
    public void every_partner_can_set_learning_goals_of_its_own()
    {
        var goalId = Guid.NewGuid();

        var ok = SetLearningGoal.Decide(Given(), Vws, goalId, new SetLearningGoal("Beleid toetsen aan de praktijk in de regio"), Now);
        var empty = SetLearningGoal.Decide(Given(), Vws, goalId, new SetLearningGoal(" "), Now);
        var unknown = SetLearningGoal.Decide(Given(), Guid.NewGuid(), goalId, new SetLearningGoal("Doel"), Now);

        ok.Events.ShouldHaveSingleItem().ShouldBe(new LearningGoalSet(ProgrammeId, Vws, goalId, "Beleid toetsen aan de praktijk in de regio", Now));
        empty.Refusals.ShouldHaveSingleItem().Field.ShouldBe("goal");
        unknown.Refusals.ShouldHaveSingleItem().Kind.ShouldBe(RefusalKind.NotFound);
    }
}
