using Microsoft.Playwright;
using NodaTime;

namespace Governance.Web.Tests.Pages;

/// <summary>
/// Issue 19 §1: what needs attention comes first, the rest folds open, long lists are grouped and paged, and an
/// evidence link lands on its row, highlighted.
/// </summary>
public class Attention_first(WebApp app) : BrowserTest(app)
{
    private static readonly string[] AttentionOrder = ["Rood", "Oranje", "Nog niet te beoordelen", "Groen"];

    [Fact]
    public async Task the_health_page_opens_with_the_indicators_that_need_attention_and_folds_the_rest()
    {
        var history = await History.Create(App, "Aandacht eerst " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.OpdrachtgeverName);
        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/gezondheid");

        // Rood and oranje first, then what cannot be judged yet, then groen; each with its reason in view.
        var statuses = await Page.Locator("section.indicator .reden .status").AllInnerTextsAsync();
        statuses.Count.ShouldBe(10);
        var order = statuses.Select(s => Array.IndexOf(AttentionOrder, s)).ToList();
        order.ShouldAllBe(i => i >= 0);
        order.ShouldBe(order.OrderBy(i => i).ToList(), "the indicators in order of attention");
        (await Page.Locator("section.indicator").First.Locator(".reden").InnerTextAsync()).Length.ShouldBeGreaterThan(statuses[0].Length + 5);
        if (order[0] <= 1) (await Page.Locator("h2#aandacht").IsVisibleAsync()).ShouldBeTrue();

        // Evidence, the recommendation and the history are folded: in the page, but not in view until opened.
        var folds = Page.Locator("section.indicator details");
        (await folds.CountAsync()).ShouldBe(30);
        (await Page.Locator("section.indicator details[open]").CountAsync()).ShouldBe(0);
        var stopGericht = Page.Locator("#indicator-10");
        var evidence = stopGericht.Locator(".evidence li", new() { HasText = "Borgingsplan vastgelegd" });
        (await evidence.IsVisibleAsync()).ShouldBeFalse();
        (await stopGericht.Locator(".bron").IsVisibleAsync()).ShouldBeFalse();
        await CheckPage("gezondheid-aandacht-eerst");

        // Opening a fold is a click on its summary (a native <details>: no script needed).
        await stopGericht.Locator("summary", new() { HasText = "Onderbouwing" }).ClickAsync();
        (await evidence.IsVisibleAsync()).ShouldBeTrue();
        await stopGericht.Locator("summary", new() { HasText = "De aanbeveling" }).ClickAsync();
        (await stopGericht.Locator(".bron").InnerTextAsync()).ShouldStartWith("Bron:");

        // The page is far shorter than the ten unfolded indicators were, and reflows at 320 px.
        await Page.SetViewportSizeAsync(320, 800);
        (await Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
    }

    [Fact]
    public async Task the_health_page_works_without_javascript()
    {
        var history = await History.Create(App, "Zonder script " + Guid.NewGuid().ToString("N")[..6]);
        var context = await App.Browser.NewContextAsync(new() { BaseURL = App.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + WebPeople.ReaderName + " ") }).ClickAsync();
        await page.GotoAsync($"/programmas/{history.ProgrammeId}/gezondheid");

        var indicator = page.Locator("#indicator-10");
        await indicator.Locator("summary", new() { HasText = "Verloop" }).ClickAsync();
        (await indicator.Locator(".verloop svg[role=img]").IsVisibleAsync()).ShouldBeTrue();
        await context.DisposeAsync();
    }

    [Fact]
    public async Task an_evidence_link_opens_the_audit_page_that_holds_its_row_highlighted()
    {
        var busy = await BusyProgramme("Druk programma " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.OpdrachtgeverName);
        await Page.GotoAsync($"/programmas/{busy.ProgrammeId}/audit");

        // More than one page of 50: the newest first, paging links below, the current page marked.
        (await Page.Locator("tbody tr").CountAsync()).ShouldBe(50);
        (await Page.Locator("caption").InnerTextAsync()).ShouldContain("pagina 1 van 2");
        var paging = Page.GetByRole(AriaRole.Navigation, new() { Name = "Pagina's van de audittrail" });
        (await paging.Locator("[aria-current=page]").InnerTextAsync()).ShouldContain("1");
        (await Page.Locator("tbody").InnerTextAsync()).ShouldNotContain("Borgingsplan vastgelegd");
        await CheckPage("audittrail-gepagineerd");

        // The borging plan (September 2020) is on the second page; its evidence link on the health page goes there.
        await Page.GotoAsync($"/programmas/{busy.ProgrammeId}/gezondheid#indicator-10");
        var indicator = Page.Locator("#indicator-10");
        await indicator.Locator("summary", new() { HasText = "Onderbouwing" }).ClickAsync();
        await indicator.Locator(".evidence li", new() { HasText = "Borgingsplan vastgelegd" }).GetByRole(AriaRole.Link).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/audit\?gebeurtenis=[0-9a-f-]+#gebeurtenis-"));

        (await Page.Locator("caption").InnerTextAsync()).ShouldContain("pagina 2 van 2");
        var eventId = new Uri(Page.Url).Fragment.TrimStart('#');
        var row = Page.Locator($"tr#{eventId}");
        (await row.InnerTextAsync()).ShouldContain("Borgingsplan vastgelegd");
        (await row.EvaluateAsync<bool>("r => r.matches(':target')")).ShouldBeTrue();
        var background = await row.EvaluateAsync<string>("r => getComputedStyle(r).backgroundColor");
        background.ShouldNotBe(await Page.Locator("tbody tr:not(:target)").First.EvaluateAsync<string>("r => getComputedStyle(r).backgroundColor"));
        await CheckPage("audittrail-gemarkeerde-rij");

        // Paging on from there keeps nothing of the jump: page 1 is page 1.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Pagina's van de audittrail" }).GetByRole(AriaRole.Link, new() { Name = "Vorige pagina" }).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/audit\?#gebeurtenissen$"));
        (await Page.Locator("caption").InnerTextAsync()).ShouldContain("pagina 1 van 2");
    }

    [Fact]
    public async Task the_timeline_tells_repeats_of_a_month_as_one_line_and_is_paged()
    {
        var busy = await BusyProgramme("Tijdlijn " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.DirectorName);
        await Page.GotoAsync($"/programmas/{busy.ProgrammeId}");

        // March 2024: nine contacts, one line naming how many partners; the nine themselves fold open under it.
        var march = Page.Locator("ol[aria-labelledby=maand-2024-03]");
        var lines = march.Locator(":scope > li");
        (await lines.CountAsync()).ShouldBe(1);
        var summary = march.Locator("summary");
        (await summary.InnerTextAsync()).ShouldContain("Persoonlijk contact gelegd (9 partners)");
        (await march.Locator("details li").First.IsVisibleAsync()).ShouldBeFalse();
        await summary.ClickAsync();
        (await march.Locator("details li").CountAsync()).ShouldBe(9);
        (await march.Locator("details li", new() { HasText = "Gemeente 7" }).IsVisibleAsync()).ShouldBeTrue();
        await CheckPage("programma-tijdlijn-gegroepeerd");

        // Paged by whole months: 2020 is on the last page, reached by the paging links.
        (await Page.Locator("#tijdlijn ~ h3#maand-2020-09").CountAsync()).ShouldBe(0);
        var paging = Page.GetByRole(AriaRole.Navigation, new() { Name = "Pagina's van de tijdlijn" });
        await paging.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"\?tijdlijn=2#tijdlijn$"));
        (await Page.Locator("h3#maand-2020-09").InnerTextAsync()).ShouldBe("september 2020");
        (await Page.Locator("ol[aria-labelledby=maand-2020-09]").InnerTextAsync()).ShouldContain("Borgingsplan vastgelegd");
        await Page.SetViewportSizeAsync(320, 800);
        (await Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
    }

    [Fact]
    public async Task the_portfolio_is_a_heatmap_whose_cells_say_why_without_hovering()
    {
        var history = await History.Create(App, "Warmtekaart " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.OpdrachtgeverName);

        var cells = Page.Locator("tr", new() { HasText = history.Name }).Locator("td.heat");
        (await cells.CountAsync()).ShouldBe(10);
        for (var i = 0; i < 10; i++)
        {
            var cell = cells.Nth(i);
            var status = await cell.Locator(".status").InnerTextAsync();
            AttentionOrder.ShouldContain(status);
            // Colour, shape and word together, and the reason as visible text in the cell itself.
            (await cell.GetAttributeAsync("class") ?? "").ShouldContain("heat--");
            var reason = cell.Locator(".heat__reason");
            (await reason.IsVisibleAsync()).ShouldBeTrue();
            (await reason.InnerTextAsync()).Trim().Length.ShouldBeGreaterThan(10);
            // The link leads to the indicator on the health page and is named by its status, indicator and programme.
            var link = cell.GetByRole(AriaRole.Link);
            (await link.GetAttributeAsync("href") ?? "").ShouldEndWith($"/gezondheid#indicator-{i + 1}");
            (await link.InnerTextAsync()).ShouldContain(status);
        }
        // Never a score or a ranking.
        (await Page.Locator("main").InnerTextAsync()).ShouldNotContain("score:", Case.Insensitive);
        await CheckPage("portfolio-warmtekaart");
    }

    [Fact]
    public async Task session_lists_put_the_upcoming_sessions_before_the_past_ones()
    {
        var history = await History.Create(App, "Sessies " + Guid.NewGuid().ToString("N")[..6]);
        foreach (var (title, start) in new[] { ("Reflectie voorjaar", "2026-04-20T10:00"), ("Reflectie maart", "2026-03-16T10:00") })
            await App.Create(App.People.Facilitator, $"/api/programmes/{history.ProgrammeId}/reflection-sessions", new
            {
                title, startsAt = start, lengthMinutes = 90, location = "Utrecht", facilitator = WebPeople.FacilitatorName,
                invitees = new[] { "Ministerie van VWS" },
            });
        await SignInAs(WebPeople.FacilitatorName);
        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/reflectie");

        var headings = (await Page.Locator("main h2").AllInnerTextsAsync()).ToList();
        headings.IndexOf("Komende sessies").ShouldBeLessThan(headings.IndexOf("Eerdere sessies"));
        var upcoming = await Page.Locator("[aria-labelledby=komende-sessies] tbody tr td:nth-child(2)").AllInnerTextsAsync();
        upcoming.ShouldBe(["Reflectie maart", "Reflectie voorjaar"]);
        var past = await Page.Locator("[aria-labelledby=eerdere-sessies] tbody tr td:nth-child(2)").AllInnerTextsAsync();
        past.ShouldBe(["Reflectie zomer"]);
        await CheckPage("reflectie-komend-eerst");
    }

    /// <summary>
    /// The <see cref="History"/> programme, then nine more partners and a personal contact each month from 2021 to
    /// 2023, and nine contacts (one per partner) in March 2024: over 60 events, two pages of audit trail and timeline.
    /// </summary>
    private async Task<History> BusyProgramme(string name)
    {
        var history = await History.Create(App, name);
        var url = $"/api/programmes/{history.ProgrammeId}";
        App.Clock.Reset(Instant.FromUtc(2021, 1, 1, 9, 0));
        var partners = new List<Guid>();
        for (var i = 1; i <= 9; i++)
            partners.Add(await App.Create(App.People.Director, $"{url}/partners",
                new { organisationName = $"Gemeente {i}", layer = "gemeente", role = "ketenpartner", joinedOn = "2021-01-01" }));

        for (var month = 0; month < 36; month++)
        {
            var on = new LocalDate(2021, 1, 10).PlusMonths(month);
            App.Clock.Reset(on.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromHours(9)));
            await App.Post(App.People.Director, $"{url}/personal-connections", new { partnerId = partners[month % 9], on = on.ToString("yyyy-MM-dd", null) });
        }
        for (var i = 0; i < 9; i++)
        {
            App.Clock.Reset(Instant.FromUtc(2024, 3, 4 + i, 9, 0));
            await App.Post(App.People.Director, $"{url}/personal-connections", new { partnerId = partners[i], on = $"2024-03-{4 + i:00}" });
        }
        App.Clock.Reset(WebApp.Start);
        return history;
    }

}
