using Governance.Domain.Reflection;
using NodaTime;
using static Governance.Domain.Tests.Reflection.SessionGiven;

namespace Governance.Domain.Tests.Reflection;

public class when_rescheduling_or_cancelling_a_session
{
    [Fact]
    public void a_session_moves_with_its_reason_keeping_length_and_location()
    {
        var outcome = RescheduleReflectionSession.Decide(Session(), Programme(),
            new RescheduleReflectionSession("2026-05-19T10:00", null, null, "Kamerdebat"), Earlier);

        var moved = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<ReflectionSessionRescheduled>();
        moved.Start.ToInstant().ShouldBe(Instant.FromUtc(2026, 5, 19, 8, 0));
        moved.Length.ShouldBe(Duration.FromHours(2));
        moved.Location.ShouldBe("Stadhuis Utrecht");
        moved.Reason.ShouldBe("Kamerdebat");
    }

    [Fact]
    public void rescheduling_needs_a_start_and_a_reason_and_checks_the_local_time()
    {
        var missing = RescheduleReflectionSession.Decide(Session(), Programme(), new RescheduleReflectionSession(null, null, null, null), Earlier);
        var skipped = RescheduleReflectionSession.Decide(Session(), Programme(), new RescheduleReflectionSession("2026-03-29T02:15", null, null, "Eerder"), Earlier);

        missing.Refusals.Select(r => r.Field).ShouldBe(["startsAt", "reason"], ignoreOrder: true);
        skipped.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.start-skipped");
    }

    [Fact]
    public void a_cancelled_or_held_session_is_not_rescheduled()
    {
        var command = new RescheduleReflectionSession("2026-05-19T10:00", null, null, "Later");

        RescheduleReflectionSession.Decide(Session(Cancelled()), Programme(), command, Earlier).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.cancelled");
        RescheduleReflectionSession.Decide(Session(Held()), Programme(), command, Earlier).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.already-held");
        RescheduleReflectionSession.Decide(Session(), EndedProgramme(), command, Earlier).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.programme-ended");
    }

    [Fact]
    public void a_session_is_cancelled_with_its_reason()
    {
        var outcome = CancelReflectionSession.Decide(Session(), new CancelReflectionSession(" Kamervragen "), Earlier);

        outcome.Events.ShouldHaveSingleItem().ShouldBe(new ReflectionSessionCancelled(SessionId, ProgrammeId, "Kamervragen", Earlier));
    }

    [Fact]
    public void cancelling_needs_a_reason_and_happens_once_and_not_after_the_session_was_held()
    {
        CancelReflectionSession.Decide(Session(), new CancelReflectionSession(""), Earlier).Refusals.ShouldHaveSingleItem().Field.ShouldBe("reason");
        CancelReflectionSession.Decide(Session(Cancelled()), new CancelReflectionSession("Nogmaals"), Earlier).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.cancelled");
        CancelReflectionSession.Decide(Session(Held()), new CancelReflectionSession("Te laat"), AfterStart).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.already-held");
    }
}
