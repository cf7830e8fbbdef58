using Alba;
using Governance.Host.Notifications;
using Governance.Projections.Notifications;
using NodaTime;

namespace Governance.Host.Tests.Notifications;

/// <summary>
/// A dissent, an assigned action and an escalation reach the people they concern at once, in the inbox and by e-mail,
/// once however many nodes sweep, each with a link to the thing itself.
/// </summary>
public sealed class when_moments_that_matter_happen(AppFixture app) : HostTest(app)
{
    private const string OlgaEmail = "olga@vws.test";
    private const string DirkEmail = "dirk@ghnt.test";
    private const string DaanEmail = "daan@ghnt.test";
    private const string MilaEmail = "mila@vws.test";
    private const string SiteUrl = "http://127.0.0.1:5080";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await MailSink.Shared.EnsureStarted();
        MailSink.Shared.Clear();
    }

    /// <summary>A programme running until the end of September 2026, with its first indicator check and borging warning out of the way.</summary>
    private async Task<Guid> RunningProgramme()
    {
        var body = Samples.Programme();
        body["startDate"] = "2025-01-01";
        body["plannedEndDate"] = "2026-09-30";
        var programmeId = await App.RegisterProgramme(People, body);
        await App.Sweep(People);
        MailSink.Shared.Clear();
        return programmeId;
    }

    private static IReadOnlyList<MimeKit.MimeMessage> MailsTo(string address, string subjectStart) =>
        MailSink.Shared.MessagesTo(address).Where(m => (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task a_dissent_reaches_the_director_the_delegate_and_the_opdrachtgever_once_with_a_link_to_the_decision()
    {
        var programmeId = await RunningProgramme();
        var vws = await Host.AddPartner(programmeId);
        ActAs(People.Director);
        var decision = Samples.Decision(vws);
        decision["status"] = "proposed";
        var decisionId = await Host.LogDecision(programmeId, decision);
        var spokesperson = await App.SpeakFor(People, programmeId, vws);
        await Host.PostCommand($"/api/programmes/{programmeId}/decisions/{decisionId}/positions",
            new { partnerId = vws, position = "dissents", reasoning = "Eerst de regels van de regeling uitwerken." }, 204);

        // Three nodes sweep at the same moment, then one more: each person hears of it once.
        var sweeps = await Task.WhenAll(App.SweepDirectly(), App.SweepDirectly(), App.SweepDirectly());
        await App.SweepDirectly();
        sweeps.Sum(s => s.RemindersFired).ShouldBe(1);

        var link = $"/programmas/{programmeId}/besluiten/{decisionId}";
        foreach (var address in new[] { DirkEmail, DaanEmail, OlgaEmail })
        {
            var mail = MailsTo(address, "Afwijkend standpunt").ShouldHaveSingleItem();
            mail.Subject.ShouldBe("Afwijkend standpunt: Focus op de aanpak in de regio");
            (mail.TextBody ?? "").ShouldContain("Eerst de regels van de regeling uitwerken.");
            (mail.TextBody ?? "").ShouldContain(SiteUrl + link);
        }
        MailsTo(MilaEmail, "Afwijkend standpunt").ShouldBeEmpty();

        var item = (await App.Inbox(People.Director)).ShouldHaveSingleItem();
        item.Kind.ShouldBe(NotificationKind.DecisionPosition);
        item.Link.ShouldBe(link);
        (await App.Inbox(spokesperson)).ShouldBeEmpty();
    }

    [Fact]
    public async Task an_agreement_with_reservations_is_told_but_a_plain_agreement_is_not()
    {
        var programmeId = await RunningProgramme();
        var vws = await Host.AddPartner(programmeId);
        ActAs(People.Director);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        await App.SpeakFor(People, programmeId, vws);
        var positions = $"/api/programmes/{programmeId}/decisions/{decisionId}/positions";

        await Host.PostCommand(positions, new { partnerId = vws, position = "agrees" }, 204);
        (await App.SweepDirectly()).RemindersFired.ShouldBe(0);
        await Host.PostCommand(positions, new { partnerId = vws, position = "agreesWithReservations", reasoning = "Mits de regio meebeslist." }, 204);
        (await App.SweepDirectly()).RemindersFired.ShouldBe(1);

        MailsTo(DirkEmail, "Instemming met voorbehoud").ShouldHaveSingleItem().Subject.ShouldBe("Instemming met voorbehoud: Focus op de aanpak in de regio");
        (await App.Inbox(People.Opdrachtgever)).Where(i => i.Kind == NotificationKind.DecisionPosition)
            .ShouldHaveSingleItem().Body.ShouldContain("Mits de regio meebeslist.");
    }

    [Fact]
    public async Task a_dissent_swept_more_than_a_week_later_is_not_told_as_news()
    {
        var programmeId = await RunningProgramme();
        var vws = await Host.AddPartner(programmeId);
        ActAs(People.Director);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        await App.SpeakFor(People, programmeId, vws);
        await Host.PostCommand($"/api/programmes/{programmeId}/decisions/{decisionId}/positions",
            new { partnerId = vws, position = "dissents", reasoning = "Te laat gezien." }, 204);

        App.Clock.Advance(Duration.FromDays(8));
        (await App.SweepDirectly()).RemindersFired.ShouldBe(1);
        (await App.SweepDirectly()).RemindersFired.ShouldBe(0);

        (await App.Inbox(People.Director)).ShouldNotContain(i => i.Kind == NotificationKind.DecisionPosition);
        MailsTo(DirkEmail, "Afwijkend standpunt").ShouldBeEmpty();
    }

    [Fact]
    public async Task an_action_assigned_to_a_member_reaches_them_at_once_with_a_link_to_the_session()
    {
        var programmeId = await RunningProgramme();
        ActAs(People.Facilitator);
        var sessionId = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-05-12T14:00"));
        App.Clock.Reset(Instant.FromUtc(2026, 5, 13, 9, 0));
        var url = $"/api/programmes/{programmeId}/reflection-sessions/{sessionId}";
        await Host.PostCommand($"{url}/held", new { attendingPersonIds = new[] { People.Delegate }, questionsAddressed = new[] { "samenLeren" }, outcomes = "Meer regio" }, 204);
        await App.SweepDirectly();
        MailSink.Shared.Clear();

        await Host.PostCommand($"{url}/actions", new { action = "Regio's uitnodigen", ownerPersonId = People.Delegate, dueOn = "2026-06-01" }, 201);
        await Host.PostCommand($"{url}/actions", new { action = "Zaal boeken", owner = "Secretariaat (extern)", dueOn = "2026-06-01" }, 201);
        (await App.SweepDirectly()).RemindersFired.ShouldBe(1);

        var mail = MailsTo(DaanEmail, "Actie voor u").ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Actie voor u: Regio's uitnodigen");
        (mail.TextBody ?? "").ShouldContain("1 juni 2026");
        (mail.TextBody ?? "").ShouldContain($"{SiteUrl}/programmas/{programmeId}/reflectie/{sessionId}");
        var session = await (await Host.Scenario(s => s.Get.Url(url))).Read<Governance.Projections.Reflection.ReflectionSessionView>();
        session.Actions.Single(a => a.Action == "Regio's uitnodigen").Owner.ShouldBe("Daan Gedelegeerde");
        session.Actions.Single(a => a.Action == "Zaal boeken").OwnerPersonId.ShouldBeNull();
        session.Attendees.ShouldBe(["Daan Gedelegeerde"]);
    }

    [Fact]
    public async Task an_escalation_reaches_whoever_sits_in_the_body_and_the_opdrachtgevers_with_a_link_to_the_tensions()
    {
        var programmeId = await RunningProgramme();
        var vws = await Host.AddPartner(programmeId);
        ActAs(People.Director);
        var bodyId = await Host.EstablishBody(programmeId);   // an opdrachtgeversberaad
        await Host.AddBodyMember(programmeId, bodyId, vws);
        var tensionId = await Host.RaiseTension(programmeId);
        var spokesperson = await App.SpeakFor(People, programmeId, vws);
        ActAs(People.Director);

        await Host.PostTo($"/api/programmes/{programmeId}/tensions/{tensionId}/escalation", new { bodyId, escalatedOn = "2026-03-02" }, 204);
        (await App.SweepDirectly()).RemindersFired.ShouldBe(1);

        var item = (await App.Inbox(spokesperson)).ShouldHaveSingleItem();
        item.Kind.ShouldBe(NotificationKind.TensionEscalated);
        item.Title.ShouldBe("Escalatie naar Opdrachtgeversoverleg: Subsidieregeling");
        item.Link.ShouldBe(Links.Tensions);
        MailsTo(OlgaEmail, "Escalatie naar").ShouldHaveSingleItem();
        MailsTo(DirkEmail, "Escalatie naar").ShouldBeEmpty();
    }

    [Fact]
    public async Task a_review_date_of_a_decision_with_a_responsible_director_reaches_only_them_among_the_directors()
    {
        var programmeId = await RunningProgramme();
        var vws = await Host.AddPartner(programmeId);
        ActAs(People.Director);
        var decision = Samples.Decision(vws);
        decision["reviewOn"] = "2026-04-15";
        decision["responsiblePersonId"] = People.Delegate;
        var decisionId = await Host.LogDecision(programmeId, decision);

        App.Clock.Reset(Instant.FromUtc(2026, 4, 15, 6, 5));
        (await App.SweepDirectly()).RemindersFired.ShouldBe(1);

        MailsTo(DaanEmail, "Herbeoordelen").ShouldHaveSingleItem();
        MailsTo(DirkEmail, "Herbeoordelen").ShouldBeEmpty();
        (await App.Inbox(People.Delegate)).Single(i => i.Kind == NotificationKind.DecisionReview).Link
            .ShouldBe($"/programmas/{programmeId}/besluiten/{decisionId}");
    }

    [Fact]
    public async Task people_named_by_id_must_be_members_of_the_programme_and_a_refusal_writes_nothing()
    {
        var programmeId = await RunningProgramme();
        var vws = await Host.AddPartner(programmeId);
        ActAs(People.Facilitator);
        var body = ReflectionSamples.Session("2026-05-12T14:00");
        body["inviteePersonIds"] = new[] { People.Reader, People.Outsider };
        var refused = await Host.PostCommand($"/api/programmes/{programmeId}/reflection-sessions", body, 400);
        (await refused.NamesField("inviteePersonIds")).ShouldBeTrue();

        var sessionId = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-05-12T14:00"));
        var before = await StreamVersion(sessionId);
        App.Clock.Reset(Instant.FromUtc(2026, 5, 13, 9, 0));
        var url = $"/api/programmes/{programmeId}/reflection-sessions/{sessionId}";
        (await (await Host.PostCommand($"{url}/held", new { attendingPersonIds = new[] { People.Outsider }, outcomes = "Meer regio" }, 400))
            .NamesField("attendingPersonIds")).ShouldBeTrue();
        (await StreamVersion(sessionId)).ShouldBe(before);

        ActAs(People.Director);
        var decision = Samples.Decision(vws);
        decision["responsiblePersonId"] = People.Reader;   // a member, but not a director or delegate
        (await (await Host.PostCommand($"/api/programmes/{programmeId}/decisions", decision, 400)).NamesField("responsiblePersonId")).ShouldBeTrue();
    }
}
