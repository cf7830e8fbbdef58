using Governance.Host.Notifications;
using Governance.Projections.Notifications;
using Alba;
using NodaTime;

namespace Governance.Host.Tests.Notifications;

/// <summary>Reflection invitations reach invitees as calendar invitations over real SMTP, and follow every change.</summary>
public sealed class when_sessions_are_scheduled_moved_and_cancelled(AppFixture app) : HostTest(app)
{
    // Not the opdrachtgever: the sample programme is past its planned end without a borging plan, which she hears about too.
    private const string MilaEmail = "mila@vws.test";
    private const string DaanEmail = "daan@ghnt.test";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await MailSink.Shared.EnsureStarted();
        MailSink.Shared.Clear();
    }

    private async Task<(Guid ProgrammeId, Guid SessionId)> ScheduleWithInvitees(string startsAt = "2026-05-12T14:00")
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Facilitator);
        var body = ReflectionSamples.Session(startsAt);
        body["inviteePersonIds"] = new[] { People.Reader, People.Delegate };
        var sessionId = await Host.ScheduleReflectionSession(programmeId, body);
        return (programmeId, sessionId);
    }

    private static string Url(Guid programmeId, Guid sessionId, string action) =>
        $"/api/programmes/{programmeId}/reflection-sessions/{sessionId}/{action}";

    [Fact]
    public async Task each_invitee_receives_an_invitation_that_parses_as_icalendar_at_the_local_amsterdam_time()
    {
        var (_, sessionId) = await ScheduleWithInvitees("2026-05-12T14:00");

        await App.Sweep(People);

        var mail = MailSink.Shared.MessagesTo(MilaEmail).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Uitnodiging: Reflectie voorjaar");
        var calendar = mail.Invitation();
        calendar.Method.ShouldBe("REQUEST");
        calendar.TimeZones.ShouldContain(z => z.TzId == "Europe/Amsterdam");
        var appointment = calendar.Events.ShouldHaveSingleItem();
        appointment.Uid.ShouldBe(CalendarInvitation.Uid(sessionId));
        appointment.Sequence.ShouldBe(0);
        appointment.DtStart!.TzId.ShouldBe("Europe/Amsterdam");
        appointment.DtStart!.Value.ShouldBe(new DateTime(2026, 5, 12, 14, 0, 0));
        // Summer time: 14:00 in Amsterdam is 12:00 UTC.
        appointment.DtStart!.AsUtc.ShouldBe(new DateTime(2026, 5, 12, 12, 0, 0, DateTimeKind.Utc));
        appointment.Attendees.ShouldContain(a => a.Value!.ToString().Contains(MilaEmail));
        MailSink.Shared.MessagesTo(DaanEmail).Count.ShouldBe(1);
    }

    [Fact]
    public async Task the_chosen_agenda_reaches_the_invitees_as_an_update_of_the_same_appointment()
    {
        var (programmeId, sessionId) = await ScheduleWithInvitees();
        await App.Sweep(People);

        await Host.PostCommand(Url(programmeId, sessionId, "agenda"), new { items = new object[] { new { title = "Is de formulering van de opgave nog optimaal?" }, new { title = "Rondvraag" } } }, 204);
        await App.Sweep(People);

        var mails = MailSink.Shared.MessagesTo(MilaEmail);
        mails.Count.ShouldBe(2);
        var (invitation, update) = (mails[0].Invitation().Events.Single()!, mails[1].Invitation().Events.Single()!);
        mails[1].Subject.ShouldStartWith("Agenda:");
        update.Uid.ShouldBe(invitation.Uid);
        update.Sequence.ShouldBeGreaterThan(invitation.Sequence);
        update.Description.ShouldNotBeNull().ShouldContain("1. Is de formulering van de opgave nog optimaal?");
        update.Description!.ShouldContain("2. Rondvraag");
    }

    [Fact]
    public async Task a_move_updates_the_same_appointment_with_a_higher_sequence_and_a_cancellation_cancels_it()
    {
        var (programmeId, sessionId) = await ScheduleWithInvitees();
        await App.Sweep(People);

        await Host.PostCommand(Url(programmeId, sessionId, "reschedule"), new { startsAt = "2026-05-19T10:00", lengthMinutes = 90, reason = "Kamerdebat" }, 204);
        await App.Sweep(People);
        await Host.PostCommand(Url(programmeId, sessionId, "cancellation"), new { reason = "Kamervragen" }, 204);
        await App.Sweep(People);

        var mails = MailSink.Shared.MessagesTo(MilaEmail);
        mails.Count.ShouldBe(3);
        var (invitation, update, cancellation) = (mails[0].Invitation().Events.Single()!, mails[1].Invitation().Events.Single()!, mails[2].Invitation().Events.Single()!);
        var (updateMethod, cancellationMethod) = (mails[1].Invitation().Method, mails[2].Invitation().Method);
        updateMethod.ShouldBe("REQUEST");
        update.Uid.ShouldBe(invitation.Uid);
        update.Sequence.ShouldBeGreaterThan(invitation.Sequence);
        update.DtStart!.Value.ShouldBe(new DateTime(2026, 5, 19, 10, 0, 0));
        mails[1].Subject.ShouldStartWith("Gewijzigd:");
        cancellationMethod.ShouldBe("CANCEL");
        cancellation.Uid.ShouldBe(invitation.Uid);
        cancellation.Sequence.ShouldBeGreaterThan(update.Sequence);
        cancellation.Status.ShouldBe("CANCELLED");
    }

    [Fact]
    public async Task a_reminder_comes_two_days_before_and_a_move_replaces_the_old_reminder()
    {
        var (programmeId, sessionId) = await ScheduleWithInvitees("2026-05-12T14:00");
        await App.Sweep(People);
        await Host.PostCommand(Url(programmeId, sessionId, "reschedule"), new { startsAt = "2026-05-19T14:00", lengthMinutes = 120, reason = "Kamerdebat" }, 204);
        await App.Sweep(People);
        MailSink.Shared.Clear();

        // The old reminder's moment (10 May, 14:00) passes: nothing, because the move replaced it.
        App.Clock.Reset(Instant.FromUtc(2026, 5, 10, 13, 0));
        (await App.Sweep(People)).RemindersFired.ShouldBe(0);
        MailSink.Shared.Messages().ShouldBeEmpty();

        App.Clock.Reset(Instant.FromUtc(2026, 5, 17, 12, 5));
        (await App.Sweep(People)).RemindersFired.ShouldBe(1);
        var reminder = MailSink.Shared.MessagesTo(MilaEmail).ShouldHaveSingleItem();
        reminder.Subject.ShouldBe("Herinnering: Reflectie voorjaar");
        (reminder.TextBody ?? "").ShouldContain("dinsdag 19 mei 2026 om 14:00");
    }

    [Fact]
    public async Task a_reminder_planned_before_a_restart_is_sent_exactly_once_after_it_even_by_two_sweeps_at_once()
    {
        await ScheduleWithInvitees("2026-05-12T14:00");
        await App.Sweep(People);
        MailSink.Shared.Clear();

        await App.RestartHost();
        App.Clock.Reset(Instant.FromUtc(2026, 5, 11, 9, 0));
        // Two nodes sweeping at the same moment: the unique firing and sending claims let one of them win each.
        await Task.WhenAll(App.SweepDirectly(), App.SweepDirectly(), App.SweepDirectly());
        await App.Sweep(People);

        MailSink.Shared.MessagesTo(MilaEmail).ShouldHaveSingleItem().Subject.ShouldBe("Herinnering: Reflectie voorjaar");
        MailSink.Shared.MessagesTo(DaanEmail).Count.ShouldBe(1);
    }

    [Fact]
    public async Task the_inbox_shows_dutch_items_unread_until_read_and_hides_other_peoples_items()
    {
        await ScheduleWithInvitees();
        await App.Sweep(People);

        var item = (await App.Inbox(People.Reader)).ShouldHaveSingleItem();
        item.Kind.ShouldBe(NotificationKind.ReflectionInvitation);
        item.Title.ShouldBe("Uitnodiging: Reflectie voorjaar");
        item.Body.ShouldContain("U bent uitgenodigd");
        item.Read.ShouldBeFalse();
        (await App.Inbox(People.LivedExperience)).ShouldBeEmpty();

        ActAs(People.Delegate);
        await Host.Scenario(s => { s.Post.Url($"/api/me/inbox/{item.Id}/read"); s.StatusCodeShouldBe(404); });
        ActAs(People.Reader);
        await Host.Scenario(s => { s.Post.Url($"/api/me/inbox/{item.Id}/read"); s.StatusCodeShouldBe(204); });

        (await App.Inbox(People.Reader)).ShouldHaveSingleItem().Read.ShouldBeTrue();
        (await App.Inbox(People.Reader, unreadOnly: true)).ShouldBeEmpty();
    }

    [Fact]
    public async Task a_person_who_chose_off_gets_no_mail_and_one_who_chose_the_weekly_digest_gets_it_on_monday()
    {
        ActAs(People.Reader);
        await Host.Scenario(s =>
        {
            s.Put.Json(new { byKind = new Dictionary<string, string> { ["reflectionInvitation"] = "off" } }, Alba.JsonStyle.MinimalApi).ToUrl("/api/me/notification-preferences");
            s.StatusCodeShouldBe(200);
        });
        ActAs(People.Delegate);
        await Host.Scenario(s =>
        {
            s.Put.Json(new { byKind = new Dictionary<string, string> { ["reflectionInvitation"] = "weeklyDigest" } }, Alba.JsonStyle.MinimalApi).ToUrl("/api/me/notification-preferences");
            s.StatusCodeShouldBe(200);
        });
        var preferences = await Host.GetAsJson<NotificationPreferencesBody>("/api/me/notification-preferences");
        preferences!.ByKind![NotificationKind.ReflectionInvitation].ShouldBe(Delivery.WeeklyDigest);
        preferences.ByKind[NotificationKind.OverdueAction].ShouldBe(Delivery.Immediately);

        await ScheduleWithInvitees();   // on Monday 2 March 2026, 10:00 Amsterdam time
        await App.Sweep(People);
        MailSink.Shared.MessagesTo(MilaEmail).ShouldBeEmpty();
        MailSink.Shared.MessagesTo(DaanEmail).ShouldBeEmpty();
        (await App.Inbox(People.Reader)).Count.ShouldBe(1);

        App.Clock.Reset(Instant.FromUtc(2026, 3, 9, 7, 5));   // the next Monday, 08:05 in Amsterdam
        await App.Sweep(People);
        MailSink.Shared.MessagesTo(MilaEmail).ShouldBeEmpty();
        var digest = MailSink.Shared.MessagesTo(DaanEmail).ShouldHaveSingleItem();
        digest.Subject.ShouldBe("Weekoverzicht: 1 meldingen");
        (digest.TextBody ?? "").ShouldContain("Uitnodiging: Reflectie voorjaar");
    }
}
