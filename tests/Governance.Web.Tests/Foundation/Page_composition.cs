using Microsoft.Playwright;

namespace Governance.Web.Tests.Foundation;

/// <summary>
/// The frame every page shares (docs/web.md): where you are in the main menu, the programme's tabs and the
/// breadcrumbs — each marked with aria-current —, a visible focus ring on every background and the footer's pages.
/// </summary>
public class Page_composition(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task a_decision_page_marks_its_section_in_the_menu_its_tab_and_its_place_in_the_breadcrumbs()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var history = await History.Create(App, "Compositie " + suffix);
        var api = $"/api/programmes/{history.ProgrammeId}";
        var partnerId = await App.Create(App.People.Director, $"{api}/partners",
            new { organisationName = "Gemeente Ede", layer = "gemeente", role = "ketenpartner", joinedOn = "2020-01-05" });
        var decision = await App.Create(App.People.Director, $"{api}/decisions", new
        {
            title = "Werken in wijkteams", chosenOption = "Wijkteams", rationale = "Dichtbij", decidedBy = new { partnerId }, decidedOn = "2026-02-01",
        });
        await SignInAs(WebPeople.DirectorName);

        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/besluiten");
        var tabs = Page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van dit programma" });
        (await tabs.GetByRole(AriaRole.Link).AllInnerTextsAsync()).ShouldBe(["Overzicht", "Gezondheid", "Besluiten", "Reflectie", "Audittrail"]);
        (await tabs.Locator("[aria-current=page]").InnerTextAsync()).ShouldBe("Besluiten");

        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/besluiten/{decision}");
        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        (await menu.Locator("[aria-current]").InnerTextAsync()).ShouldBe("Programma's");
        (await tabs.Locator("[aria-current]").InnerTextAsync()).ShouldBe("Besluiten");
        (await tabs.Locator("[aria-current]").GetAttributeAsync("aria-current")).ShouldBe("true");

        var crumbs = Page.GetByRole(AriaRole.Navigation, new() { Name = "Kruimelpad" });
        (await crumbs.GetByRole(AriaRole.Link).AllInnerTextsAsync())
            .ShouldBe(["Portfolio", "Programma's", history.Name, "Besluiten", "Werken in wijkteams"]);
        (await crumbs.Locator("[aria-current=page]").InnerTextAsync()).ShouldBe("Werken in wijkteams");
        // The crumb leads to the programme page (followed by its address: a click here once waited 90 s for a
        // navigation under a full CI run although the page answers in milliseconds).
        var programmeCrumb = crumbs.GetByRole(AriaRole.Link, new() { Name = history.Name, Exact = true });
        (await programmeCrumb.GetAttributeAsync("href")).ShouldBe($"/programmas/{history.ProgrammeId}");
        await Page.GotoAsync($"/programmas/{history.ProgrammeId}");
        (await tabs.Locator("[aria-current=page]").InnerTextAsync()).ShouldBe("Overzicht");
        await CheckPage("compositie-programma");
        // The Bestuur page has no tab of its own: it is opened from the overview, whose tab marks it as its section.
        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/bestuur");
        (await tabs.Locator("[aria-current]").InnerTextAsync()).ShouldBe("Overzicht");
        (await tabs.Locator("[aria-current]").GetAttributeAsync("aria-current")).ShouldBe("true");
    }

    [Fact]
    public async Task the_focus_ring_has_at_least_3_to_1_contrast_on_the_dark_header_and_on_the_page()
    {
        await SignInAs(WebPeople.DirectorName);
        // By keyboard, as a person would: the skip link first, then the title in the header.
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        (await Page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Programmagovernance");
        (await FocusRingContrast("header")).ShouldBeGreaterThanOrEqualTo(3.0);

        await Page.Locator("main a").First.FocusAsync();
        await Page.Keyboard.PressAsync("Shift+Tab");
        await Page.Keyboard.PressAsync("Tab");
        (await FocusRingContrast("body")).ShouldBeGreaterThanOrEqualTo(3.0);
    }

    [Fact]
    public async Task the_footer_links_to_the_accessibility_statement_privacy_and_contact_pages_also_before_sign_in()
    {
        await Page.GotoAsync("/aanmelden");
        var footer = Page.GetByRole(AriaRole.Navigation, new() { Name = "Over deze toepassing" });
        (await footer.GetByRole(AriaRole.Link).AllInnerTextsAsync()).ShouldBe(["Toegankelijkheidsverklaring", "Privacy", "Contact"]);

        foreach (var (link, heading, phrase) in new[]
        {
            ("Toegankelijkheidsverklaring", "Toegankelijkheidsverklaring", "WCAG"),
            ("Privacy", "Privacy", "cookies"),
            ("Contact", "Contact", "functioneel beheerder"),
        })
        {
            await footer.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
            (await Page.Locator("h1").InnerTextAsync()).ShouldBe(heading);
            (await Page.Locator("main").InnerTextAsync()).ShouldContain(phrase);
        }
        await CheckPage("contact");
    }

    /// <summary>Contrast of the focused element's outline against the background behind it (WCAG 1.4.11).</summary>
    private Task<double> FocusRingContrast(string backgroundOf) => Page.EvaluateAsync<double>("""
        selector => {
          const rgb = c => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
          const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const style = getComputedStyle(document.activeElement);
          if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return 0;
          const behind = getComputedStyle(document.activeElement.closest(selector)).backgroundColor;
          const [a, b] = [lum(style.outlineColor), lum(behind)].sort((x, y) => y - x);
          return (a + 0.05) / (b + 0.05);
        }
        """, backgroundOf);
}
