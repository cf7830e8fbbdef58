using Governance.Domain.Reflection;
using NodaTime;
using static Governance.Domain.Tests.Reflection.SessionGiven;

namespace Governance.Domain.Tests.Reflection;

public class when_recording_a_held_session
{
    private static RecordReflectionSessionHeld Valid() => new(["VWS", "VNG"],
        [ReflectionQuestion.SamenLeren, ReflectionQuestion.ImpactOpDeOpgave, ReflectionQuestion.SamenLeren],
        "Meer focus op de regio", "Spanning tussen VWS en VNG over geld");

    [Fact]
    public void attendees_questions_outcomes_and_notes_are_recorded_on_the_session_date()
    {
        var outcome = RecordReflectionSessionHeld.Decide(Session(), Valid(), AfterStart);

        var held = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<ReflectionSessionHeld>();
        held.HeldOn.ShouldBe(new LocalDate(2026, 5, 12));
        held.Attendees.ShouldBe(["VWS", "VNG"]);
        held.QuestionsAddressed.ShouldBe([ReflectionQuestion.ImpactOpDeOpgave, ReflectionQuestion.SamenLeren]);
        held.ConfidentialNotes.ShouldBe("Spanning tussen VWS en VNG over geld");
    }

    [Fact]
    public void not_before_the_session_started()
    {
        var outcome = RecordReflectionSessionHeld.Decide(Session(), Valid(), Start.ToInstant() - Duration.FromMinutes(1));
        var atStart = RecordReflectionSessionHeld.Decide(Session(), Valid(), Start.ToInstant());

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.held-after-start");
        atStart.Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void not_when_cancelled_and_not_twice()
    {
        RecordReflectionSessionHeld.Decide(Session(Cancelled()), Valid(), AfterStart).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.cancelled");
        RecordReflectionSessionHeld.Decide(Session(Held()), Valid(), AfterStart).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.already-held");
    }

    [Fact]
    public void attendees_and_outcomes_are_required_and_questions_must_be_known()
    {
        var outcome = RecordReflectionSessionHeld.Decide(Session(), new RecordReflectionSessionHeld([], [(ReflectionQuestion)8], " ", null), AfterStart);

        outcome.Refusals.Select(r => r.Field).ShouldBe(["attendees", "questionsAddressed", "outcomes"], ignoreOrder: true);
    }
}
