using Governance.Host.Notifications;
using System.Text.Json;
using Alba;

namespace Governance.Host.Tests.Notifications;

/// <summary>A gezamenlijke sessie is one appointment for its invitees, whichever covered programmes they belong to.</summary>
public sealed class when_a_joint_session_is_scheduled(AppFixture app) : HostTest(app)
{
    private const string MilaEmail = "mila@vws.test";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await MailSink.Shared.EnsureStarted();
        MailSink.Shared.Clear();
    }

    private async Task<Guid> Programme(string name)
    {
        var body = Samples.Programme();
        body["name"] = name;
        var id = await App.RegisterProgramme(People, body);
        await Host.AddPartner(id, Samples.Partner("Ministerie van VWS"));
        return id;
    }

    [Fact]
    public async Task an_invitee_of_both_programmes_gets_one_invitation_and_one_agenda_update_with_the_joint_uid()
    {
        var ghnt = await Programme("GHNT");
        var zorg = await Programme("Zorg en veiligheid");
        ActAs(People.Facilitator);
        var body = ReflectionSamples.Session("2026-05-12T14:00");
        body["programmeIds"] = new[] { ghnt, zorg };
        body["inviteePersonIds"] = new[] { People.Reader };
        var jointId = await Host.Create("/api/joint-reflection-sessions", body);
        await App.Sweep(People);

        var proposal = (await Host.GetAsJson<JsonElement>($"/api/joint-reflection-sessions/{jointId}/agenda-proposal")).EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "reflectionQuestion" && i.GetProperty("reference").GetString() == "SamenLeren")
            .Select(i => new { programmeId = i.GetProperty("programmeId").GetGuid(), kind = "reflectionQuestion", title = i.GetProperty("title").GetString() });
        await Host.PostCommand($"/api/joint-reflection-sessions/{jointId}/agenda", new { items = proposal }, 204);
        await App.Sweep(People);

        var mails = MailSink.Shared.MessagesTo(MilaEmail);
        mails.Count.ShouldBe(2);
        var (invitation, update) = (mails[0].Invitation().Events.Single()!, mails[1].Invitation().Events.Single()!);
        invitation.Uid.ShouldBe(CalendarInvitation.Uid(jointId));
        update.Uid.ShouldBe(invitation.Uid);
        update.Sequence.ShouldBeGreaterThan(invitation.Sequence);
        // She reads both programmes, so her appointment lists both programmes' items, each labelled.
        update.Description.ShouldNotBeNull().ShouldContain("[GHNT] Hoe leren we met elkaar");
        update.Description!.ShouldContain("[Zorg en veiligheid] Hoe leren we met elkaar");
    }

    [Fact]
    public async Task an_invitee_of_one_programme_reads_only_that_programmes_items_in_the_appointment()
    {
        var ghnt = await Programme("GHNT");
        var zorg = await Programme("Zorg en veiligheid");
        ActAs(People.Administrator);
        await Host.Scenario(s => { s.Delete.Url($"/api/programmes/{zorg}/members/{People.Reader}"); s.StatusCodeShouldBe(204); });
        ActAs(People.Facilitator);
        var body = ReflectionSamples.Session("2026-05-12T14:00");
        body["programmeIds"] = new[] { zorg, ghnt };
        body["inviteePersonIds"] = new[] { People.Reader };
        var jointId = await Host.Create("/api/joint-reflection-sessions", body);
        await Host.PostCommand($"/api/joint-reflection-sessions/{jointId}/agenda", new
        {
            items = new[] { new { programmeId = ghnt, title = "Regionale aanpak GHNT" }, new { programmeId = zorg, title = "Geheime zorgkwestie" } },
        }, 204);
        await App.Sweep(People);

        var appointments = MailSink.Shared.MessagesTo(MilaEmail).Select(m => m.Invitation().Events.Single()!).ToList();
        appointments.Count.ShouldBe(2);
        appointments.ShouldAllBe(a => a.Uid == CalendarInvitation.Uid(jointId));
        appointments.ShouldContain(a => a.Description != null && a.Description.Contains("[GHNT] Regionale aanpak GHNT"));
        appointments.ShouldAllBe(a => !a.Description!.Contains("Zorg"));
    }
}
