using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

/// <summary>Issue 19 §3: the chosen option is a choice among the options entered, and a wrong option row says so itself.</summary>
public class Decision_form(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task the_director_picks_the_chosen_option_among_the_rows_and_a_wrong_row_carries_its_own_error()
    {
        var programmeId = await App.People.RegisterProgramme(App, "Opties kiezen " + Guid.NewGuid().ToString("N")[..6]);
        await App.Create(App.People.Director, $"/api/programmes/{programmeId}/bodies",
            new { name = "Stuurgroep", kind = "opdrachtgeversberaad", purpose = "Sturing", meetingsPerYear = 6, aspects = new[] { "beleidsmatig" } });
        await SignInAs(WebPeople.DirectorName);
        await Page.GotoAsync($"/programmas/{programmeId}/besluiten/nieuw");

        // No free text field for the chosen option: a radio button per option row.
        (await Page.Locator("#chosenOption").CountAsync()).ShouldBe(0);
        (await Page.GetByRole(AriaRole.Radio, new() { Name = "Optie 2 is gekozen" }).CountAsync()).ShouldBe(1);

        // Row 1 named, row 2 left empty, row 3 with advantages but no name; nothing marked as chosen.
        await Page.Locator("#title").FillAsync("Regie in de regio");
        await Page.Locator("#optie-1-naam").FillAsync("Regionaal");
        await Page.Locator("#optie-3-voor").FillAsync("Snel te regelen");
        await Page.Locator("#rationale").FillAsync("De regio kent de gezinnen.");
        await Page.Locator("#decidedBy").SelectOptionAsync(new SelectOptionValue { Label = "Stuurgroep" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();

        // The error stands beside row 3 (the API's options[1]), and the summary links to that row's name field.
        (await Page.Locator("#optie-3-naam-fout").InnerTextAsync()).ShouldBe("Geef optie 3 een naam.");
        (await Page.Locator("#optie-1-naam-fout").CountAsync()).ShouldBe(0);
        (await Page.Locator("#optie-3-naam").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        var links = await Page.Locator("[data-error-summary] a").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        links.ShouldContain("#optie-3-naam");
        links.ShouldContain("#gekozen-1");
        (await Page.Locator("#gekozen-fout").InnerTextAsync()).ShouldBe("Vul de gekozen optie in.");
        (await Page.Locator("#optie-3-voor").InputValueAsync()).ShouldBe("Snel te regelen");
        await CheckPage("besluit-optie-fout-per-regel");

        // Name row 3 and mark it as the chosen one: the decision records that option as chosen.
        await Page.Locator("#optie-3-naam").FillAsync("Landelijk");
        await Page.GetByRole(AriaRole.Radio, new() { Name = "Optie 3 is gekozen" }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/besluiten/[0-9a-f-]{36}$"));
        var main = await Page.Locator("main").InnerTextAsync();
        main.ShouldContain("Landelijk (gekozen)");
        main.ShouldNotContain("Regionaal (gekozen)");
    }
}
