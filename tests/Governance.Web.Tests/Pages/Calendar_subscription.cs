using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

public class Calendar_subscription(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task a_facilitator_makes_a_feed_address_that_a_calendar_app_can_read_and_downloads_one_session()
    {
        var history = await History.Create(App, "Agenda " + Guid.NewGuid().ToString("N")[..6]);
        var sessionId = await App.Create(App.People.Facilitator, $"/api/programmes/{history.ProgrammeId}/reflection-sessions", new
        {
            title = "Reflectie met de regio's",
            startsAt = "2026-04-21T10:00",
            lengthMinutes = 60,
            location = "Den Haag",
            facilitator = WebPeople.FacilitatorName,
            invitees = new[] { "VNG" },
        });

        await SignInAs(WebPeople.FacilitatorName);
        await Page.GotoAsync("/reflectie");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Maak een abonnementsadres voor mijn sessies" }).ClickAsync();
        var feed = await Page.Locator("#feed-adres").InnerTextAsync();
        await CheckPage("agenda-abonnement");

        // A calendar app sends no sign-in: the secret address alone must do.
        using var calendarApp = new HttpClient();
        var calendar = await calendarApp.GetStringAsync(feed);
        calendar.ShouldContain("BEGIN:VCALENDAR");
        calendar.ShouldContain("Reflectie met de regio's");

        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/reflectie/{sessionId}");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Zet in mijn agenda (.ics)" }).ClickAsync());
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!);
        ics.ShouldContain("TZID=Europe/Amsterdam");
    }
}
