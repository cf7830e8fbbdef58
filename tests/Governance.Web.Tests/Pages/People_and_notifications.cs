using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NodaTime;

namespace Governance.Web.Tests.Pages;

/// <summary>
/// People picked on the pages are told what concerns them, in the inbox and by e-mail (a real SMTP server on loopback),
/// with a link that opens the thing itself; and they find it under "Mijn week".
/// </summary>
public class People_and_notifications(WebApp app) : BrowserTest(app)
{
    private const string DirectorEmail = "dirk@ghnt.test";
    private const string ReaderEmail = "mila@vws.test";
    private const string OpdrachtgeverEmail = "olga@vws.test";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await MailSink.Shared.EnsureStarted();
        MailSink.Shared.Clear();
    }

    private static string Unique(string text) => text + " " + Guid.NewGuid().ToString("N")[..6];

    private Task Sweep() => App.Post(App.People.Administrator, "/api/admin/notifications/sweep", new { });

    private static MimeKit.MimeMessage MailTo(string address, string subject) =>
        MailSink.Shared.MessagesTo(address).Where(m => m.Subject == subject).ShouldHaveSingleItem();

    [Fact]
    public async Task a_partners_dissent_reaches_the_directors_inbox_and_mailbox_with_a_link_that_opens_the_decision()
    {
        var people = App.People;
        var programmeId = await people.RegisterProgramme(App, Unique("Standpunten"));
        var partnerId = await App.Create(people.Director, $"/api/programmes/{programmeId}/partners",
            new { organisationName = "Gemeente Utrecht", layer = "gemeente", role = "ketenpartner", joinedOn = "2020-01-05" });
        await App.Post(people.Administrator, $"/api/programmes/{programmeId}/members", new { personId = people.PartnerPerson, role = "partner", partnerId });
        var title = Unique("Regionale projectleiders");
        var decisionId = await App.Create(people.Director, $"/api/programmes/{programmeId}/decisions", new
        {
            title, chosenOption = "Via een subsidieregeling", rationale = "Dicht bij de uitvoering",
            decidedBy = new { partnerId }, decidedOn = "2026-03-01", status = "proposed",
        });

        // The partner takes a position on the decision page.
        await SignInAs(WebPeople.PartnerPersonName);
        await Page.GotoAsync("/mijn-week");
        (await Page.Locator("#standpunten-kop + ul").InnerTextAsync()).ShouldContain(title);
        await Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Page.GetByLabel("Wijkt af").CheckAsync();
        await Page.GetByLabel("Onderbouwing").FillAsync("De regels van de regeling passen niet bij de regio.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Standpunt vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync(new Regex($"/besluiten/{decisionId}"));
        (await Page.Locator(".governance-positions").InnerTextAsync()).ShouldContain("door " + WebPeople.PartnerPersonName);

        await Sweep();

        // The mailbox: one mail, whose link opens the decision.
        var mail = MailTo(DirectorEmail, "Afwijkend standpunt: " + title);
        var link = Regex.Match(mail.TextBody ?? "", @"https?://\S+").Value;
        link.ShouldEndWith($"/programmas/{programmeId}/besluiten/{decisionId}");
        await SignInAs(WebPeople.DirectorName);
        await Page.GotoAsync(link);
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe(title);
        (await Page.Locator(".governance-dissent").InnerTextAsync()).ShouldContain("De regels van de regeling passen niet bij de regio.");

        // The inbox: the same notification, linking to the same page.
        await Page.GotoAsync("/meldingen");
        var item = Page.Locator("li", new() { HasText = "Afwijkend standpunt: " + title });
        await CheckPage("meldingen-afwijkend-standpunt");
        await item.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Bekijk") }).ClickAsync();
        await Page.WaitForURLAsync(new Regex($"/programmas/{programmeId}/besluiten/{decisionId}$"));
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe(title);
    }

    [Fact]
    public async Task an_action_assigned_on_the_session_page_reaches_its_owner()
    {
        var people = App.People;
        var programmeId = await people.RegisterProgramme(App, Unique("Acties"));
        var sessionId = await App.Create(people.Facilitator, $"/api/programmes/{programmeId}/reflection-sessions", new
        {
            title = "Reflectie op de acties", startsAt = "2026-03-10T14:00", lengthMinutes = 90, location = "Utrecht",
            facilitator = WebPeople.FacilitatorName, inviteePersonIds = new[] { people.Reader },
        });
        App.Clock.Reset(Instant.FromUtc(2026, 3, 10, 15, 30));
        await SignInAs(WebPeople.FacilitatorName);
        var sessionUrl = $"/programmas/{programmeId}/reflectie/{sessionId}";

        // Recorded held: the invitee is ticked as an attendee already.
        await Page.GotoAsync(sessionUrl + "/bijwerken");
        (await Page.GetByLabel(WebPeople.ReaderName).IsCheckedAsync()).ShouldBeTrue();
        await Page.GetByLabel("Uitkomsten").FillAsync("Afspraken over de regio.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie gehouden" }).ClickAsync();
        await Page.WaitForURLAsync($"**{sessionUrl}");

        var action = Unique("Regio's uitnodigen");
        await Page.GotoAsync(sessionUrl + "/bijwerken");
        await Page.Locator("#action").FillAsync(action);
        await Page.Locator("#ownerPersonId").SelectOptionAsync(new SelectOptionValue { Label = WebPeople.ReaderName + " (meelezer)" });
        await Page.GetByLabel("Uiterlijk op").FillAsync("2026-03-31");
        await CheckPage("sessie-bijwerken-actie");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Actie afspreken" }).ClickAsync();
        await Page.WaitForURLAsync($"**{sessionUrl}");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain($"{action} — {WebPeople.ReaderName}");

        await Sweep();

        var mail = MailTo(ReaderEmail, "Actie voor u: " + action);
        (mail.TextBody ?? "").ShouldContain(sessionUrl);
        await SignInAs(WebPeople.ReaderName);
        await Page.GotoAsync("/mijn-week");
        (await Page.Locator("#acties-kop + ul").InnerTextAsync()).ShouldContain(action);
        (await Page.Locator("#meldingen-kop + ul").InnerTextAsync()).ShouldContain("Actie voor u: " + action);
        await CheckPage("mijn-week");
    }

    [Fact]
    public async Task an_invitee_picked_on_the_planning_page_sees_the_session_under_mijn_week_and_gets_the_invitation_and_an_outsider_sees_nothing()
    {
        var people = App.People;
        var programmeId = await people.RegisterProgramme(App, Unique("Uitnodigingen"));
        var title = Unique("Voorjaarsreflectie");
        await SignInAs(WebPeople.FacilitatorName);
        await Page.GotoAsync($"/programmas/{programmeId}/reflectie/plannen");
        await Page.GetByLabel("Titel").FillAsync(title);
        await Page.GetByLabel("Begin").FillAsync("2026-03-20T14:00");
        await Page.GetByLabel("Locatie of link").FillAsync("Stadskantoor, zaal 3");
        await Page.GetByLabel(WebPeople.OpdrachtgeverName).CheckAsync();
        await Page.GetByLabel("Genodigden van buiten het register").FillAsync("Wethouder Jansen");
        await CheckPage("sessie-plannen-mensen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie plannen" }).ClickAsync();
        await Page.WaitForURLAsync(new Regex($"/programmas/{programmeId}/reflectie/[0-9a-f-]{{36}}$"));
        var sessionUrl = new Uri(Page.Url).AbsolutePath;
        (await Page.Locator("main").InnerTextAsync()).ShouldContain($"{WebPeople.OpdrachtgeverName}, Wethouder Jansen");

        await Sweep();
        var invitation = MailTo(OpdrachtgeverEmail, "Uitnodiging: " + title);
        invitation.BodyParts.OfType<MimeKit.TextPart>().ShouldContain(p => p.ContentType.MimeType == "text/calendar");

        await SignInAs(WebPeople.OpdrachtgeverName);
        await Page.GotoAsync("/mijn-week");
        var sessions = Page.Locator("#sessies-kop + ul");
        (await sessions.InnerTextAsync()).ShouldContain(title);
        (await sessions.InnerTextAsync()).ShouldContain("u bent uitgenodigd");
        await sessions.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Page.WaitForURLAsync($"**{sessionUrl}");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mijn reflectiesessies" }).ClickAsync();
        (await Page.Locator("main").InnerTextAsync()).ShouldContain(title);

        await SignInAs(WebPeople.OutsiderName);
        await Page.GotoAsync("/mijn-week");
        (await Page.Locator("main").InnerTextAsync()).ShouldNotContain(title);
        var response = await Page.GotoAsync(sessionUrl);
        response!.Status.ShouldBe(404);
    }
}
