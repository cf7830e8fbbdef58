using Microsoft.Playwright;

namespace Governance.Web.Tests.Foundation;

public class Keyboard_use(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task the_first_tab_stop_is_the_skip_link_which_leads_to_the_content_and_the_health_link_follows_by_keyboard()
    {
        var history = await History.Create(App, "Toetsenbord " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.OpdrachtgeverName);
        await Page.GotoAsync($"/programmas/{history.ProgrammeId}");

        await Page.Keyboard.PressAsync("Tab");
        (await Page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Naar de inhoud");
        await Page.Keyboard.PressAsync("Enter");
        Page.Url.ShouldEndWith("#inhoud");

        // From the content, the programme's tabs come first: Overzicht (this page), then Gezondheid. Follow it with Enter.
        await Page.Keyboard.PressAsync("Tab");
        (await Page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-current')")).ShouldBe("page");
        await Page.Keyboard.PressAsync("Tab");
        (await Page.EvaluateAsync<string>("document.activeElement.getAttribute('href')")).ShouldBe($"/programmas/{history.ProgrammeId}/gezondheid");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync($"**/programmas/{history.ProgrammeId}/gezondheid");
        (await Page.Locator("h1").InnerTextAsync()).ShouldStartWith("Gezondheid van");
    }
}
