using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

/// <summary>
/// Issue 17 §6 through the pages: who decided can be chosen as "Onbekend" and the saved decision says "onbekend"; a
/// programme without a planned end shows "onbekend" where the date would be, and the planned end is filled in on the
/// page Bestuurlijke gebeurtenissen once known.
/// </summary>
public class Unknown_values(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task the_director_records_a_decision_whose_decider_is_unknown_and_fills_in_the_planned_end_later()
    {
        var programmeId = await App.People.RegisterProgramme(App, "Onbekend einde " + Guid.NewGuid().ToString("N")[..6], plannedEndDate: null);
        await SignInAs(WebPeople.DirectorName);

        // The programme page says the planned end is not known, rather than a dash or an invented date.
        await Page.GotoAsync($"/programmas/{programmeId}");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("onbekend (niet vastgelegd)");

        // A decision whose decider the source does not give: "Onbekend" is one of the choices.
        await Page.GotoAsync($"/programmas/{programmeId}/besluiten/nieuw");
        await Page.Locator("#title").FillAsync("Invoering in de regio");
        await Page.Locator("#optie-1-naam").FillAsync("Regionaal");
        await Page.Locator("#rationale").FillAsync("De regio kent de ketenpartners.");
        await Page.Locator("#decidedBy").SelectOptionAsync(new SelectOptionValue { Label = "Onbekend (niet bekend wie besloot)" });
        await Page.Locator("#decidedOn").FillAsync("2020-03-09");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/besluiten/[0-9a-f-]{36}$"));
        (await Page.Locator("dt:has-text('Besloten door') + dd").InnerTextAsync()).ShouldBe("onbekend");

        // The planned end, once known, is filled in on Bestuurlijke gebeurtenissen; the programme page then shows it.
        await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
        await CheckPage("bestuur-einddatum-onbekend");
        await Page.Locator("#plannedEndOn").FillAsync("2022-12-31");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Geplande einddatum vastleggen" }).ClickAsync();
        (await Page.Locator("body").InnerTextAsync()).ShouldContain("De geplande einddatum is vastgelegd.");
        await Page.GotoAsync($"/programmas/{programmeId}");
        var main = await Page.Locator("main").InnerTextAsync();
        main.ShouldContain("31 december 2022");
        main.ShouldNotContain("onbekend (niet vastgelegd)");
        // Known now: the form is gone from Bestuurlijke gebeurtenissen (a known end moves only by an extension).
        await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
        (await Page.Locator("#plannedEndOn").CountAsync()).ShouldBe(0);
    }
}
