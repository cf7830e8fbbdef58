using Microsoft.Playwright;
using NodaTime;

namespace Governance.Web.Tests.Pages;

/// <summary>Issue 19 §3: the procesbegeleider writes the verslag of a held session on one page, in one go.</summary>
public class Session_report(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task the_facilitator_records_attendees_questions_items_lessons_and_actions_in_one_go()
    {
        var programmeId = await App.People.RegisterProgramme(App, "Verslag " + Guid.NewGuid().ToString("N")[..6]);
        var url = $"/api/programmes/{programmeId}/reflection-sessions";
        var sessionId = await App.Create(App.People.Facilitator, url, new
        {
            title = "Voorjaarsreflectie", startsAt = "2026-03-10T14:00", lengthMinutes = 90, location = "Stadhuis",
            facilitator = WebPeople.FacilitatorName, invitees = Array.Empty<string>(), inviteePersonIds = new[] { App.People.Opdrachtgever },
        });
        await App.Post(App.People.Facilitator, $"{url}/{sessionId}/agenda", new
        {
            items = new[] { new { title = "Werkt de aanpak in de regio?", why = "Aanbeveling 3" }, new { title = "Hoe gaan we om met spanning?", why = "Aanbeveling 8" } },
        });
        App.Clock.Reset(Instant.FromUtc(2026, 3, 10, 17, 0));
        await SignInAs(WebPeople.FacilitatorName);
        await Page.GotoAsync($"/programmas/{programmeId}/reflectie/{sessionId}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Verslag maken" }).ClickAsync();
        await Page.WaitForURLAsync($"**/reflectie/{sessionId}/verslag");
        (await Page.GetByLabel(WebPeople.OpdrachtgeverName).IsCheckedAsync()).ShouldBeTrue("the invitee is the expected attendee");
        await CheckPage("sessie-verslag");

        // A first try with an action without its date: nothing at all is saved yet when the held part is refused —
        // here it is not, so held, lessons and items go through and only the action row comes back with its error.
        await Page.Locator("#vraag-4").CheckAsync();
        await Page.GetByLabel("Uitkomsten").FillAsync("De regio's willen vaker samen leren.");
        await Page.Locator("#punt-1-besproken").CheckAsync();
        await Page.Locator("#punt-1-notitie").FillAsync("Regio's lopen uiteen.");
        await Page.Locator("#punt-1-les").FillAsync("Leer van de regio die het verst is.");
        await Page.Locator("#les-1").FillAsync("Neem de tijd voor reflectie.");
        await Page.Locator("#actie-1-actie").FillAsync("Bezoek aan regio Utrecht plannen");
        await Page.Locator("#actie-1-eigenaar").SelectOptionAsync(new SelectOptionValue { Label = WebPeople.FacilitatorName + " (procesbegeleider)" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verslag vastleggen" }).ClickAsync();

        (await Page.Locator("#actie-1-uiterlijk-fout").InnerTextAsync()).ShouldContain("uiterlijk op");
        (await Page.Locator("#actie-1-actie").InputValueAsync()).ShouldBe("Bezoek aan regio Utrecht plannen");
        (await Page.Locator(".governance-partly-saved").InnerTextAsync()).ShouldContain("als gehouden vastgelegd");
        (await Page.Locator("#les-1").InputValueAsync()).ShouldBe("", "a saved lesson is not offered a second time");
        (await Page.TitleAsync()).ShouldStartWith("Fout:");
        await CheckPage("sessie-verslag-actie-zonder-datum");

        await Page.Locator("#actie-1-uiterlijk").FillAsync("2026-03-31");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verslag vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync($"**/reflectie/{sessionId}");
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Het verslag is vastgelegd.");

        // The session page shows all of it, recorded through the same use cases as "bijwerken".
        var main = await Page.Locator("main").InnerTextAsync();
        main.ShouldContain("De regio's willen vaker samen leren.");
        main.ShouldContain("Leer van de regio die het verst is.");
        main.ShouldContain("Neem de tijd voor reflectie.");
        main.ShouldContain("Bezoek aan regio Utrecht plannen");
        main.ShouldContain("Regio's lopen uiteen.");
        await CheckPage("sessie-na-verslag");
    }
}
