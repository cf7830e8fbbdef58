using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

public class Inbox_page(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task an_invitee_reads_the_invitation_in_the_inbox_and_marks_it_read()
    {
        var history = await History.Create(App, "Meldingen " + Guid.NewGuid().ToString("N")[..6]);
        var people = App.People;
        await App.Post(people.Facilitator, $"/api/programmes/{history.ProgrammeId}/reflection-sessions", new
        {
            title = "Reflectie op de samenwerking",
            startsAt = "2026-04-14T14:00",
            lengthMinutes = 90,
            location = "Utrecht",
            facilitator = WebPeople.FacilitatorName,
            invitees = new[] { WebPeople.OpdrachtgeverName },
            inviteePersonIds = new[] { people.Opdrachtgever },
        });
        await App.Post(people.Administrator, "/api/admin/notifications/sweep", new { });

        await SignInAs(WebPeople.OpdrachtgeverName);
        await Page.GotoAsync("/meldingen");

        var item = Page.Locator("li", new() { HasText = "Reflectie op de samenwerking" });
        (await item.InnerTextAsync()).ShouldContain("Nieuw:");
        await CheckPage("meldingen");
        await item.GetByRole(AriaRole.Button).ClickAsync();
        (await Page.Locator("li", new() { HasText = "Reflectie op de samenwerking" }).InnerTextAsync()).ShouldContain("Gelezen");

        await Page.GotoAsync("/meldingen?ongelezen=true");
        (await Page.Locator("main").InnerTextAsync()).ShouldNotContain("Reflectie op de samenwerking");
    }
}
