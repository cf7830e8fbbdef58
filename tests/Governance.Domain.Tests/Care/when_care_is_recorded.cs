using Governance.Domain.Care;
using NodaTime;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Care;

public class when_care_is_recorded
{
    private static readonly LocalDate Day = new(2019, 5, 1);

    [Fact]
    public void a_vitality_check_is_held()
    {
        RecordVitalityCheck.Decide(Given(), new RecordVitalityCheck(Day, "Team onder druk; stoom van de ketel gehaald"), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new VitalityCheckHeld(ProgrammeId, Day, "Team onder druk; stoom van de ketel gehaald", Now));
        RecordVitalityCheck.Decide(Given(), new RecordVitalityCheck(null, ""), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["heldOn", "summary"], ignoreOrder: true);
    }

    [Fact]
    public void a_success_is_celebrated()
    {
        CelebrateSuccess.Decide(Given(), new CelebrateSuccess("Alle regio's hebben een projectleider", Day), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new SuccessCelebrated(ProgrammeId, "Alle regio's hebben een projectleider", Day, Now));
        CelebrateSuccess.Decide(Given(), new CelebrateSuccess(" ", null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["what", "celebratedOn"], ignoreOrder: true);
    }

    [Fact]
    public void a_personal_connection_records_only_the_active_partner_and_the_day()
    {
        RecordPersonalConnection.Decide(Given(), new RecordPersonalConnection(Vng, Day), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new PersonalConnectionMade(ProgrammeId, Vng, Day, Now));
        RecordPersonalConnection.Decide(Given(), new RecordPersonalConnection(Gone, Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("care.connection-with-active-partner");
        RecordPersonalConnection.Decide(Given(), new RecordPersonalConnection(null, null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["partnerId", "on"], ignoreOrder: true);
    }

    [Fact]
    public void lived_experience_is_recorded_under_a_pseudonym()
    {
        RecordLivedExperience.Decide(Given(), new RecordLivedExperience("Spiegelgroeplid A", "slachtoffer", "Opdrachtgeversoverleg", Day), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new LivedExperienceContributed(ProgrammeId, "Spiegelgroeplid A", "slachtoffer", "Opdrachtgeversoverleg", Day, Now));
        RecordLivedExperience.Decide(Given(), new RecordLivedExperience("", "", "", null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["contributorPseudonym", "perspective", "where", "on"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("jan.jansen@example.nl", false)]
    [InlineData("06-12345678", false)]
    [InlineData("123456789", false)]
    [InlineData("Deelnemer 12345", true)]
    [InlineData("Ervaringsdeskundige 2", true)]
    public void a_pseudonym_that_looks_like_personal_data_is_refused(string pseudonym, bool accepted)
    {
        var outcome = RecordLivedExperience.Decide(Given(), new RecordLivedExperience(pseudonym, "pleger", "Webinar", Day), Now);

        if (accepted) outcome.Events.ShouldHaveSingleItem();
        else outcome.Refusals.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => r.Field.ShouldBe("contributorPseudonym"), r => r.Rule.ShouldBe("care.pseudonym-only"));
    }

    [Fact]
    public void no_care_moment_is_added_to_an_ended_programme()
    {
        RecordVitalityCheck.Decide(Given(Ended), new RecordVitalityCheck(Day, "x"), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
        CelebrateSuccess.Decide(Given(Ended), new CelebrateSuccess("x", Day), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
        RecordPersonalConnection.Decide(Given(Ended), new RecordPersonalConnection(Vng, Day), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
        RecordLivedExperience.Decide(Given(Ended), new RecordLivedExperience("A", "b", "c", Day), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }
}
