using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

public class Health_page(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task the_opdrachtgever_follows_an_indicator_from_the_portfolio_to_its_evidence()
    {
        var history = await History.Create(App, "Veilig thuis " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.OpdrachtgeverName);

        // From the portfolio's cell of indicator 10 (Stop gericht) to that indicator on the health page.
        await Page.Locator($"a[href='/programmas/{history.ProgrammeId}/gezondheid#indicator-10']").ClickAsync();
        await Page.WaitForURLAsync($"**/programmas/{history.ProgrammeId}/gezondheid#indicator-10");
        var indicator = Page.Locator("#indicator-10");
        // The recommendation and the history fold open; the evidence is opened below.
        await indicator.Locator("summary", new() { HasText = "De aanbeveling" }).ClickAsync();
        await indicator.Locator("summary", new() { HasText = "Verloop" }).ClickAsync();
        var text = await indicator.InnerTextAsync();
        text.ShouldContain("Stop gericht");
        text.ShouldContain("Gespreksvraag");
        text.ShouldContain("Bron:");
        // What was recorded at all, apart from the status (coverage, never a score).
        text.ShouldContain("Vastgelegd: borgingsplan");
        (await indicator.Locator("svg[role=img] title").TextContentAsync() ?? "").ShouldContain("Verloop van");
        await CheckPage("gezondheid");

        // The evidence: the borging plan, leading to the event that recorded it.
        await indicator.Locator("summary", new() { HasText = "Onderbouwing" }).ClickAsync();
        var evidence = indicator.Locator(".evidence li", new() { HasText = "Borgingsplan vastgelegd" });
        (await evidence.CountAsync()).ShouldBe(1);
        await evidence.GetByRole(AriaRole.Link).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/audit\\?gebeurtenis=.+#gebeurtenis-"));
        var eventId = new Uri(Page.Url).Fragment.TrimStart('#');
        (await Page.Locator($"tr#{eventId}").InnerTextAsync()).ShouldContain("Borgingsplan vastgelegd");
        await CheckPage("audittrail");
    }

    [Fact]
    public async Task the_health_page_as_of_a_date_shows_the_indicators_as_they_stood_then()
    {
        var history = await History.Create(App, "Thuis veilig " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.ReaderName);

        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/gezondheid?opDatum=2020-07-01");

        (await Page.Locator("main").InnerTextAsync()).ShouldContain("zoals die er op 1 juli 2020");
        (await Page.Locator("#indicator-10").TextContentAsync() ?? "").ShouldNotContain("Borgingsplan vastgelegd");
        (await Page.Locator("section.indicator").CountAsync()).ShouldBe(10);
        await CheckPage("gezondheid-zoals-op-1-juli-2020");

        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/gezondheid?opDatum=2019-06-01");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("bestond op 1 juni 2019 nog niet");
    }
}
