using Microsoft.Playwright;

namespace Governance.Web.Tests.Foundation;

public class Signing_in(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task a_visitor_who_is_not_signed_in_is_sent_to_the_sign_in_page_which_lists_demo_people()
    {
        await Page.GotoAsync("/");

        Page.Url.ShouldContain("/aanmelden");
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Aanmelden");
        (await Page.GetByRole(AriaRole.Heading, new() { Name = "Kies een demopersoon" }).CountAsync()).ShouldBe(1);
        await CheckPage("aanmelden");
    }

    [Fact]
    public async Task a_person_signs_in_by_keyboard_lands_on_the_portfolio_and_signs_out()
    {
        await Page.GotoAsync("/aanmelden");
        var button = Page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + WebPeople.OpdrachtgeverName) });
        await button.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(url => !url.Contains("/aanmelden"));

        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Portfolio");
        (await Page.Locator("header").InnerTextAsync()).ShouldContain("Aangemeld als " + WebPeople.OpdrachtgeverName);
        await CheckPage("portfolio-leeg");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        Page.Url.ShouldContain("/aanmelden");
        await Page.GotoAsync("/");
        Page.Url.ShouldContain("/aanmelden");
    }

    [Fact]
    public async Task the_pages_use_the_neutral_theme_and_the_nl_design_system_components()
    {
        await Page.GotoAsync("/aanmelden");
        var stylesheets = await Page.Locator("link[rel=stylesheet]").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        stylesheets.ShouldContain("/themes/neutraal.css");
        stylesheets.ShouldContain("/lib/utrecht/component-library.css");
        var css = await Page.APIRequest.GetAsync("/lib/utrecht/component-library.css");
        css.Status.ShouldBe(200);
        (await css.TextAsync()).ShouldContain(".utrecht-button");
    }
}
