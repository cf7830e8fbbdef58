using Governance.Host.Demo;
using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

/// <summary>
/// The first screen a newcomer sees after <c>./run.sh</c>: the demo's opdrachtgever opens the portfolio with the
/// demo loaded. Historical cases stand next to a programme that is live today, and what asks attention now is the live
/// programme's, not something that ended years ago (issue 19 §7).
/// </summary>
public class Demo_portfolio(DemoWebApp demo) : BrowserTest(demo), IClassFixture<DemoWebApp>
{
    private const string Opdrachtgever = "Olga Opdracht";

    [Fact]
    public async Task the_demo_opdrachtgever_sees_the_historical_cases_and_the_live_programme_with_what_asks_attention_now()
    {
        await SignInAs(Opdrachtgever);
        await Page.GotoAsync("/");

        // Her three programmes (docs/demo.md), each a row of ten cells that say why in words.
        var rows = Page.Locator("table tbody tr");
        (await rows.CountAsync()).ShouldBe(3);
        foreach (var id in new[] { GhntDemo.Id, WvggzDemo.Id, LiveDemo.Id })
        {
            var row = rows.Filter(new() { Has = Page.Locator($"th a[href='/programmas/{id}']") });
            (await row.CountAsync()).ShouldBe(1, $"a row for programme {id}");
            var reasons = await row.Locator("td.heat .heat__reason").AllInnerTextsAsync();
            reasons.Count.ShouldBe(10);
            reasons.ShouldAllBe(reason => reason.Trim().Length > 0);
        }

        // What asks attention now comes from the live programme: its session in the week after next, its review due
        // within the month, its open tension — and it has not passed its planned end, nor is it about to.
        (await Section("Komende reflectiesessies")).ShouldContain(LiveDemo.Name);
        (await Section("Besluiten die herbeoordeeld moeten worden")).ShouldContain(LiveDemo.Name);
        (await Section("Open spanningen en escalaties")).ShouldContain(LiveDemo.Name);
        (await Section("Einddatum verstreken zonder besluit over het einde")).ShouldNotContain(LiveDemo.Name);
        (await Section("Bijna ten einde zonder borgingsplan")).ShouldNotContain(LiveDemo.Name);

        await CheckPage("demo-portfolio-1366");
        await Page.SetViewportSizeAsync(320, 800);
        (await Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("the portfolio scrolls sideways at 320 px");
        await CheckPage("demo-portfolio-320");
        await Page.SetViewportSizeAsync(1280, 900);

        // A cell of the live programme leads to that indicator on its health page, with the same reason.
        var liveRow = rows.Filter(new() { Has = Page.Locator($"th a[href='/programmas/{LiveDemo.Id}']") });
        var firstCell = liveRow.Locator("td.heat").First;
        var reason = (await firstCell.Locator(".heat__reason").InnerTextAsync()).Trim();
        var href = await firstCell.Locator("a").GetAttributeAsync("href");
        href.ShouldBe($"/programmas/{LiveDemo.Id}/gezondheid#indicator-1");
        await Page.GotoAsync(href!);
        (await Page.Locator("#indicator-1").InnerTextAsync()).ShouldContain(reason);
    }

    /// <summary>The text of the part of the page under the second-level heading, up to the next one.</summary>
    private async Task<string> Section(string heading) =>
        await Page.EvaluateAsync<string>(
            """
            heading => {
                const h = [...document.querySelectorAll('main h2')].find(e => e.textContent.trim() === heading);
                if (!h) throw new Error('no heading ' + heading);
                let text = '', next = h.nextElementSibling;
                while (next && next.tagName !== 'H2') { text += next.textContent + '\n'; next = next.nextElementSibling; }
                return text;
            }
            """, heading);
}
