using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

public class Portfolio_dashboard(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task the_opdrachtgever_reads_the_portfolio_as_of_a_past_date_and_sees_it_as_it_stood_then()
    {
        var history = await History.Create(App, "Samen tegen geweld " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.OpdrachtgeverName);

        // Today: the borging plan is there, the tension still open.
        var row = Page.Locator("tr", new() { HasText = history.Name });
        (await row.CountAsync()).ShouldBe(1);
        (await row.Locator("td").CountAsync()).ShouldBe(10);
        (await Page.Locator("main").InnerTextAsync()).ShouldNotContain(history.Name + ": geplande einddatum");
        await CheckPage("portfolio");

        // As of 1 July 2020, chosen with the "Bekijk zoals op" form.
        await Page.Locator("#opDatum").FillAsync("2020-07-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bekijken" }).ClickAsync();
        await Page.WaitForURLAsync("**/?opDatum=2020-07-01");

        var main = await Page.Locator("main").InnerTextAsync();
        main.ShouldContain("zoals die er op 1 juli 2020");
        main.ShouldContain(history.Name + ": geplande einddatum 31 december 2020, nog geen borgingsplan");
        main.ShouldContain("Subsidieregeling");
        main.ShouldContain("15 augustus 2020 om 14:00: Reflectie zomer — " + history.Name);
        main.ShouldContain("15 juli 2020: Focus op de aanpak in de regio — " + history.Name);
        // Every status in words, never colour alone.
        var statuses = await Page.Locator("tr", new() { HasText = history.Name }).Locator("td .status").AllInnerTextsAsync();
        statuses.Count.ShouldBe(10);
        statuses.ShouldAllBe(s => s == "Groen" || s == "Oranje" || s == "Rood" || s == "Nog niet te beoordelen");
        await CheckPage("portfolio-zoals-op-1-juli-2020");

        // Before the programme was registered it was not in the portfolio.
        await Page.GotoAsync("/?opDatum=2019-06-01");
        (await Page.Locator("tr", new() { HasText = history.Name }).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task an_unreadable_date_is_said_next_to_the_field_and_kept()
    {
        await SignInAs(WebPeople.OpdrachtgeverName);
        await Page.GotoAsync("/?opDatum=gisteren");

        (await Page.Locator("#opDatum-fout").InnerTextAsync()).ShouldContain("geldige datum");
        (await Page.Locator("#opDatum").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await Page.Locator("#opDatum").GetAttributeAsync("aria-describedby")).ShouldBe("opDatum-fout");
    }
}
