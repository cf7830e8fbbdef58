using Governance.Domain.Common;
using Governance.Domain.Reflection;
using NodaTime;
using static Governance.Domain.Tests.Reflection.SessionGiven;

namespace Governance.Domain.Tests.Reflection;

public class when_scheduling_a_reflection_session
{
    private static readonly Guid NewSession = Guid.NewGuid();

    private static ScheduleReflectionSession Valid(string startsAt = "2026-05-12T14:00", int? lengthMinutes = 120) => new(
        "Reflectie voorjaar", startsAt, lengthMinutes, "https://vergaderen.example.nl/reflectie", "Anna de Vries", ["VWS", "VNG", "vng"]);

    [Fact]
    public void a_local_start_in_amsterdam_becomes_a_zoned_start_in_summer_time()
    {
        var outcome = ScheduleReflectionSession.Decide(Programme(), NewSession, Valid(), Earlier);

        var scheduled = outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<ReflectionSessionScheduled>();
        scheduled.SessionId.ShouldBe(NewSession);
        scheduled.ProgrammeId.ShouldBe(ProgrammeId);
        scheduled.Start.Zone.Id.ShouldBe("Europe/Amsterdam");
        scheduled.Start.Offset.ShouldBe(Offset.FromHours(2));
        scheduled.Start.ToInstant().ShouldBe(Instant.FromUtc(2026, 5, 12, 12, 0));
        scheduled.Length.ShouldBe(Duration.FromHours(2));
        scheduled.Invitees.ShouldBe(["VWS", "VNG"]);
        scheduled.RecordedAt.ShouldBe(Earlier);
    }

    [Fact]
    public void seconds_may_be_given_and_winter_time_has_its_own_offset()
    {
        var outcome = ScheduleReflectionSession.Decide(Programme(), NewSession, Valid("2026-12-01T09:30:00"), Earlier);

        outcome.Events.ShouldHaveSingleItem().ShouldBeOfType<ReflectionSessionScheduled>().Start.Offset.ShouldBe(Offset.FromHours(1));
    }

    [Fact]
    public void a_local_time_the_clock_skips_is_refused_clearly()
    {
        // 29 March 2026: the clocks go from 02:00 to 03:00 in the Netherlands.
        var outcome = ScheduleReflectionSession.Decide(Programme(), NewSession, Valid("2026-03-29T02:30"), Earlier);

        var refusal = outcome.Refusals.ShouldHaveSingleItem();
        refusal.Field.ShouldBe("startsAt");
        refusal.Rule.ShouldBe("reflection.start-skipped");
    }

    [Fact]
    public void a_local_time_that_occurs_twice_is_refused_clearly()
    {
        // 25 October 2026: the clocks go from 03:00 back to 02:00.
        var outcome = ScheduleReflectionSession.Decide(Programme(), NewSession, Valid("2026-10-25T02:30"), Earlier);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.start-ambiguous");
    }

    [Fact]
    public void a_start_that_is_not_a_local_date_time_is_refused()
    {
        var outcome = ScheduleReflectionSession.Decide(Programme(), NewSession, Valid("12 mei 14:00"), Earlier);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.start-format");
    }

    [Fact]
    public void the_length_is_between_15_minutes_and_8_hours()
    {
        ScheduleReflectionSession.Decide(Programme(), NewSession, Valid(lengthMinutes: 14), Earlier).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.length");
        ScheduleReflectionSession.Decide(Programme(), NewSession, Valid(lengthMinutes: 15), Earlier).Events.ShouldHaveSingleItem();
        ScheduleReflectionSession.Decide(Programme(), NewSession, Valid(lengthMinutes: 480), Earlier).Events.ShouldHaveSingleItem();
        ScheduleReflectionSession.Decide(Programme(), NewSession, Valid(lengthMinutes: 481), Earlier).Refusals.ShouldHaveSingleItem().Field.ShouldBe("lengthMinutes");
    }

    [Fact]
    public void a_start_in_the_past_is_refused_but_one_right_now_is_not()
    {
        var now = Instant.FromUtc(2026, 5, 12, 12, 0);

        ScheduleReflectionSession.Decide(Programme(), NewSession, Valid("2026-05-12T13:59"), now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.start-not-in-past");
        ScheduleReflectionSession.Decide(Programme(), NewSession, Valid("2026-05-12T14:00"), now).Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void title_start_length_location_and_facilitator_are_required()
    {
        var outcome = ScheduleReflectionSession.Decide(Programme(), NewSession, new ScheduleReflectionSession(null, null, null, " ", null, null), Earlier);

        outcome.Refusals.Select(r => r.Field).ShouldBe(["title", "startsAt", "lengthMinutes", "location", "facilitator"], ignoreOrder: true);
    }

    [Fact]
    public void no_sessions_are_scheduled_in_an_ended_programme()
    {
        var refusal = ScheduleReflectionSession.Decide(EndedProgramme(), NewSession, Valid(), Earlier).Refusals.ShouldHaveSingleItem();

        refusal.Kind.ShouldBe(RefusalKind.RuleViolated);
        refusal.Rule.ShouldBe("reflection.programme-ended");
    }
}
