using Governance.Domain.Common;
using Governance.Domain.Reflection;
using NodaTime;
using static Governance.Domain.Tests.Reflection.SessionGiven;

namespace Governance.Domain.Tests.Reflection;

public class when_following_up_a_held_session
{
    private static readonly Guid LessonId = Guid.NewGuid();
    private static readonly Instant Later = Instant.FromUtc(2026, 6, 2, 9, 0);

    [Fact]
    public void a_lesson_is_captured_on_a_held_session_only()
    {
        var held = CaptureLesson.Decide(Session(Held()), LessonId, new CaptureLesson("Begin bij de regio"), AfterStart);
        var scheduled = CaptureLesson.Decide(Session(), LessonId, new CaptureLesson("Begin bij de regio"), AfterStart);
        var empty = CaptureLesson.Decide(Session(Held()), LessonId, new CaptureLesson(" "), AfterStart);

        held.Events.ShouldHaveSingleItem().ShouldBe(new LessonCaptured(SessionId, ProgrammeId, LessonId, "Begin bij de regio", AfterStart));
        scheduled.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.not-held");
        empty.Refusals.ShouldHaveSingleItem().Field.ShouldBe("lesson");
    }

    [Fact]
    public void an_action_is_agreed_with_owner_and_due_date_on_a_held_session_only()
    {
        var command = new AgreeFollowUpAction("Regio's uitnodigen", "VNG", new LocalDate(2026, 6, 1));

        var held = AgreeFollowUpAction.Decide(Session(Held()), ActionId, command, AfterStart);
        var cancelled = AgreeFollowUpAction.Decide(Session(Cancelled()), ActionId, command, AfterStart);

        held.Events.ShouldHaveSingleItem().ShouldBe(new FollowUpActionAgreed(SessionId, ProgrammeId, ActionId, "Regio's uitnodigen", "VNG", new LocalDate(2026, 6, 1), AfterStart));
        cancelled.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.not-held");
    }

    [Fact]
    public void an_action_needs_what_who_and_a_due_date_not_before_the_session()
    {
        var missing = AgreeFollowUpAction.Decide(Session(Held()), ActionId, new AgreeFollowUpAction(null, "", null), AfterStart);
        var early = AgreeFollowUpAction.Decide(Session(Held()), ActionId, new AgreeFollowUpAction("Bellen", "VWS", new LocalDate(2026, 5, 11)), AfterStart);

        missing.Refusals.Select(r => r.Field).ShouldBe(["action", "owner", "dueOn"], ignoreOrder: true);
        early.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.action-due-after-session");
    }

    [Fact]
    public void an_agreed_action_is_completed_once()
    {
        var session = Session(Held(), ActionAgreed());

        var outcome = CompleteFollowUpAction.Decide(session, ActionId, new CompleteFollowUpAction(new LocalDate(2026, 5, 30)), Later);
        var completed = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<FollowUpActionCompleted>();
        var twice = CompleteFollowUpAction.Decide(session.After(completed), ActionId, new CompleteFollowUpAction(new LocalDate(2026, 5, 31)), Later);

        completed.ShouldBe(new FollowUpActionCompleted(SessionId, ProgrammeId, ActionId, new LocalDate(2026, 5, 30), Later));
        twice.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.action-already-completed");
    }

    [Fact]
    public void completing_needs_a_date_between_the_session_and_today_and_an_existing_action()
    {
        var session = Session(Held(), ActionAgreed());

        CompleteFollowUpAction.Decide(session, ActionId, new CompleteFollowUpAction(null), Later).Refusals.ShouldHaveSingleItem().Field.ShouldBe("completedOn");
        CompleteFollowUpAction.Decide(session, ActionId, new CompleteFollowUpAction(new LocalDate(2026, 5, 11)), Later)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.completed-after-session");
        CompleteFollowUpAction.Decide(session, ActionId, new CompleteFollowUpAction(new LocalDate(2026, 6, 3)), Later)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.completed-not-in-future");
        CompleteFollowUpAction.Decide(session, Guid.NewGuid(), new CompleteFollowUpAction(new LocalDate(2026, 5, 30)), Later)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.action-exists");
        // An unknown action is "not found" (404 over HTTP), also when the form is empty.
        CompleteFollowUpAction.Decide(session, Guid.NewGuid(), new CompleteFollowUpAction(null), Later).Refusals.ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(r => r.Kind.ShouldBe(RefusalKind.NotFound), r => r.Missing.ShouldBe("Vervolgactie"));
    }
}
