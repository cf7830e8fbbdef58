using Alba;
using Governance.Host.Notifications;
using Governance.Projections.Notifications;
using NodaTime;

namespace Governance.Host.Tests.Notifications;

/// <summary>Review dates, overdue actions and a missing borging plan reach the right people; failed sending stays visible.</summary>
public sealed class when_dates_pass_and_sending_fails(AppFixture app) : HostTest(app)
{
    private const string OlgaEmail = "olga@vws.test";
    private const string DirkEmail = "dirk@ghnt.test";
    private const string DaanEmail = "daan@ghnt.test";
    private const string MilaEmail = "mila@vws.test";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await MailSink.Shared.EnsureStarted();
        MailSink.Shared.Clear();
    }

    /// <summary>A programme that runs until the end of September 2026, so its borging warning lies ahead.</summary>
    private Task<Guid> RunningProgramme()
    {
        var body = Samples.Programme();
        body["startDate"] = "2025-01-01";
        body["plannedEndDate"] = "2026-09-30";
        return App.RegisterProgramme(People, body);
    }

    [Fact]
    public async Task a_review_date_reaches_the_director_the_delegate_and_whoever_speaks_for_the_deciding_partner()
    {
        var programmeId = await RunningProgramme();
        var vws = await Host.AddPartner(programmeId);
        var spokesperson = await App.SpeakFor(People, programmeId, vws);
        ActAs(People.Director);
        var decision = Samples.Decision(vws);
        decision["reviewOn"] = "2026-04-15";
        await Host.LogDecision(programmeId, decision);

        App.Clock.Reset(Instant.FromUtc(2026, 4, 15, 5, 0));   // 07:00 in Amsterdam: not yet
        (await App.Sweep(People)).RemindersFired.ShouldBe(0);
        App.Clock.Reset(Instant.FromUtc(2026, 4, 15, 6, 5));   // 08:05 in Amsterdam
        (await App.Sweep(People)).RemindersFired.ShouldBe(1);

        MailSink.Shared.MessagesTo(DirkEmail).ShouldHaveSingleItem().Subject.ShouldBe("Herbeoordelen: Focus op de aanpak in de regio");
        MailSink.Shared.MessagesTo(DaanEmail).Count.ShouldBe(1);
        MailSink.Shared.MessagesTo(MilaEmail).ShouldBeEmpty();
        (await App.Inbox(spokesperson)).ShouldHaveSingleItem().Kind.ShouldBe(NotificationKind.DecisionReview);
    }

    [Fact]
    public async Task an_overdue_action_reaches_its_owner_the_morning_after_its_due_date_unless_it_was_completed()
    {
        var programmeId = await RunningProgramme();
        ActAs(People.Facilitator);
        var sessionId = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-05-12T14:00"));
        App.Clock.Reset(Instant.FromUtc(2026, 5, 13, 9, 0));
        var url = $"/api/programmes/{programmeId}/reflection-sessions/{sessionId}";
        await Host.PostCommand($"{url}/held", new { attendees = new[] { "VNG" }, questionsAddressed = new[] { "samenLeren" }, outcomes = "Meer regio" }, 204);
        await Host.PostCommand($"{url}/actions", new { action = "Regio's uitnodigen", owner = "Daan", ownerPersonId = People.Delegate, dueOn = "2026-06-01" }, 201);
        var done = await Host.PostCommand($"{url}/actions", new { action = "Verslag delen", owner = "Daan", ownerPersonId = People.Delegate, dueOn = "2026-06-01" }, 201);
        var doneId = (await done.Read<Governance.Host.Programmes.CreatedId>()).Id;
        await Host.PostCommand($"{url}/actions/{doneId}/completion", new { completedOn = "2026-05-13" }, 204);
        await App.Sweep(People);
        MailSink.Shared.Clear();

        App.Clock.Reset(Instant.FromUtc(2026, 6, 1, 20, 0));
        (await App.Sweep(People)).RemindersFired.ShouldBe(0);
        App.Clock.Reset(Instant.FromUtc(2026, 6, 2, 6, 5));
        (await App.Sweep(People)).RemindersFired.ShouldBe(1);

        var mail = MailSink.Shared.MessagesTo(DaanEmail).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Actie niet op tijd klaar");
        (mail.TextBody ?? "").ShouldContain("Regio's uitnodigen");
    }

    [Fact]
    public async Task the_opdrachtgever_is_warned_three_months_before_the_planned_end_when_no_borging_plan_exists()
    {
        await RunningProgramme();

        App.Clock.Reset(Instant.FromUtc(2026, 6, 29, 12, 0));
        (await App.Sweep(People)).RemindersFired.ShouldBe(0);
        App.Clock.Reset(Instant.FromUtc(2026, 6, 30, 6, 5));
        (await App.Sweep(People)).RemindersFired.ShouldBe(1);

        MailSink.Shared.MessagesTo(OlgaEmail).Where(m => (m.Subject ?? "").StartsWith("Nog geen borgingsplan"))
            .ShouldHaveSingleItem().Subject.ShouldBe("Nog geen borgingsplan: Geweld hoort nergens thuis");
        MailSink.Shared.MessagesTo(DirkEmail).ShouldBeEmpty();
    }

    [Fact]
    public async Task a_mail_that_cannot_be_sent_is_retried_listed_for_administrators_and_given_up_after_five_attempts()
    {
        var programmeId = await RunningProgramme();
        await App.Sweep(People);   // today's indicator check goes out while the server is still up
        ActAs(People.Facilitator);
        var body = ReflectionSamples.Session("2026-05-12T14:00");
        body["inviteePersonIds"] = new[] { People.Reader };
        await Host.ScheduleReflectionSession(programmeId, body);
        await MailSink.Shared.Stop();
        try
        {
            (await App.Sweep(People)).MailFailures.ShouldBe(1);

            ActAs(People.Administrator);
            var failing = (await Host.GetAsJson<List<FailedNotification>>("/api/admin/failed-notifications"))!.ShouldHaveSingleItem();
            failing.Email.ShouldBe(MilaEmail);
            failing.Status.ShouldBe(MailStatus.Pending);
            failing.Attempts.ShouldBe(1);
            failing.LastError.ShouldNotBeNullOrWhiteSpace();
            ActAs(People.Director);
            await Host.Scenario(s => { s.Get.Url("/api/admin/failed-notifications"); s.StatusCodeShouldBe(403); });

            for (var attempt = 2; attempt <= NotificationSweep.MaxAttempts; attempt++)
            {
                App.Clock.Advance(Duration.FromMinutes(61));
                (await App.Sweep(People)).MailFailures.ShouldBe(1);
            }
            App.Clock.Advance(Duration.FromHours(2));
            (await App.Sweep(People)).MailFailures.ShouldBe(0);

            ActAs(People.Administrator);
            var given = (await Host.GetAsJson<List<FailedNotification>>("/api/admin/failed-notifications"))!.ShouldHaveSingleItem();
            given.Status.ShouldBe(MailStatus.Failed);
            given.Attempts.ShouldBe(NotificationSweep.MaxAttempts);
            (await App.Inbox(People.Reader)).ShouldHaveSingleItem();
        }
        finally
        {
            await MailSink.Shared.EnsureStarted();
        }
    }

    [Fact]
    public async Task a_mail_that_failed_once_arrives_when_the_server_is_back()
    {
        var programmeId = await RunningProgramme();
        await App.Sweep(People);   // today's indicator check goes out while the server is still up
        ActAs(People.Facilitator);
        var body = ReflectionSamples.Session("2026-05-12T14:00");
        body["inviteePersonIds"] = new[] { People.Reader };
        await Host.ScheduleReflectionSession(programmeId, body);
        await MailSink.Shared.Stop();
        (await App.Sweep(People)).MailFailures.ShouldBe(1);
        await MailSink.Shared.EnsureStarted();

        App.Clock.Advance(Duration.FromMinutes(2));
        (await App.Sweep(People)).MailsSent.ShouldBe(1);

        MailSink.Shared.MessagesTo(MilaEmail).ShouldHaveSingleItem().Subject.ShouldBe("Uitnodiging: Reflectie voorjaar");
        ActAs(People.Administrator);
        (await Host.GetAsJson<List<FailedNotification>>("/api/admin/failed-notifications"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task indicators_that_turn_rood_reach_the_opdrachtgever_once_and_a_standing_rood_is_not_repeated()
    {
        var programmeId = await RunningProgramme();
        // Something recorded going wrong (two reflection sessions cancelled in a row): silence alone never turns rood.
        var recordedAt = App.Clock.GetCurrentInstant().Minus(Duration.FromMinutes(5));
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        await Host.AppendHistory(
            (first, new Governance.Domain.Reflection.ReflectionSessionCancelled(first, programmeId, "Kamervragen", recordedAt)),
            (second, new Governance.Domain.Reflection.ReflectionSessionCancelled(second, programmeId, "Incident", recordedAt.Plus(Duration.FromMinutes(1)))));
        var health = await Host.GetAsJson<System.Text.Json.JsonElement>($"/api/programmes/{programmeId}/health");
        var red = health.GetProperty("indicators").EnumerateArray().Where(i => i.GetProperty("status").GetString() == "rood")
            .Select(i => i.GetProperty("title").GetString()!).ToList();
        red.ShouldNotBeEmpty();

        (await App.Sweep(People)).IndicatorAlerts.ShouldBe(1);
        (await App.Sweep(People)).IndicatorAlerts.ShouldBe(0);
        App.Clock.Advance(Duration.FromDays(1));
        (await App.Sweep(People)).IndicatorAlerts.ShouldBe(0);

        var alert = MailSink.Shared.MessagesTo(OlgaEmail).Where(m => (m.Subject ?? "").StartsWith("Indicator rood")).ShouldHaveSingleItem();
        alert.Subject.ShouldBe("Indicator rood: Geweld hoort nergens thuis");
        foreach (var title in red) (alert.TextBody ?? "").ShouldContain(title);
        MailSink.Shared.MessagesTo(DirkEmail).ShouldBeEmpty();
        (await App.Inbox(People.Opdrachtgever)).ShouldContain(i => i.Kind == NotificationKind.IndicatorRed);
    }

    [Fact]
    public async Task an_indicator_that_turns_rood_as_the_planned_end_nears_is_reported_on_that_day()
    {
        var programmeId = await RunningProgramme();
        await App.Sweep(People);   // the first check: what is rood now
        MailSink.Shared.Clear();

        // Less than three months before the planned end (30 September) without a continuation decision: rec. 10 turns rood.
        App.Clock.Reset(Instant.FromUtc(2026, 7, 15, 7, 0));
        var health = await Host.GetAsJson<System.Text.Json.JsonElement>($"/api/programmes/{programmeId}/health");
        var stop = health.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("number").GetInt32() == 10);
        stop.GetProperty("status").GetString().ShouldBe("rood");

        (await App.Sweep(People)).IndicatorAlerts.ShouldBe(1);

        var alert = MailSink.Shared.MessagesTo(OlgaEmail).Where(m => (m.Subject ?? "").StartsWith("Indicator rood")).ShouldHaveSingleItem();
        (alert.TextBody ?? "").ShouldContain($"10. {stop.GetProperty("title").GetString()}");
    }
}
