using System.Text.RegularExpressions;
using Governance.Domain.Access;
using Governance.Domain.Care;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Programmes;
using Microsoft.Playwright;
using NodaTime;
using PortfolioPage = Governance.Host.Pages.IndexModel;
using DecisionLogPage = Governance.Host.Pages.Besluiten.IndexModel;

namespace Governance.Web.Tests.Pages;

/// <summary>
/// Issue 19 §1 and §2 for the portfolio and the decision log: one row over a page, a person reaches the rest by the
/// paging links (the current page marked), what is not in the table is not lost (the lists below the heatmap, a
/// filter), and each page passes axe and reflows at 320 px and 1366 px. The long past is appended straight to the
/// store, as in the host tests; everything after that is done in the browser.
/// </summary>
public class Long_lists_are_paged(WebApp app) : BrowserTest(app)
{
    private const int ProgrammesPerPage = PortfolioPage.ProgrammesPerPage;
    private const int DecisionsPerPage = DecisionLogPage.PageSize;

    [Fact]
    public async Task the_portfolio_pages_its_heatmap_and_its_lists_still_cover_every_programme()
    {
        // A person of their own, so that the programmes other tests give the opdrachtgevers do not count here.
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var person = await NewOpdrachtgever("Otto Overzicht " + suffix, suffix);
        var now = App.Clock.GetCurrentInstant().Minus(Duration.FromMinutes(5));
        var today = now.InZone(AmsterdamTime.Zone).Date;
        var prefix = "Groot portfolio " + suffix;
        var history = new List<(Guid, object)>();
        var ids = new List<Guid>();
        for (var i = 0; i <= ProgrammesPerPage; i++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            history.Add((id, new ProgrammeRegistered(id, $"{prefix} {i:00}", "Opgave", "Ministerie van VWS", today.PlusYears(-1), today.PlusYears(2), now)));
            history.Add((id, new ProgrammeMemberAssigned(id, person.Id, person.Name, MemberRole.Opdrachtgever, null, now)));
        }
        // The last programme by name, on the heatmap's second page, asks attention: the lists name it on every page.
        var last = ids[^1];
        history.Add((last, new TensionRaised(last, Guid.NewGuid(), "Spanning op de tweede pagina", "", "Directeur", today.PlusDays(-3), now)));
        var dueId = Guid.NewGuid();
        history.Add((dueId, new DecisionLogged(dueId, last, "Herbeoordelen op de tweede pagina", "", [], "A", "Omdat",
            new DecisionMaker(null, null, "Stuurgroep"), null, today.PlusYears(-1), [], "", today.PlusDays(5), DecisionStatus.Taken,
            new WooClassification(true, null), now)));
        await App.AppendHistory(history);

        await SignInAs(person.Name);
        var heatmap = Page.GetByRole(AriaRole.Region, new() { Name = "Programma's en indicatoren" });
        var rows = heatmap.Locator("tbody tr");
        (await rows.CountAsync()).ShouldBe(ProgrammesPerPage);
        (await heatmap.Locator("caption").InnerTextAsync()).ShouldEndWith($"{ProgrammesPerPage + 1} programma's, pagina 1 van 2");
        (await rows.First.Locator("th").InnerTextAsync()).ShouldBe($"{prefix} 00");
        (await rows.Last.Locator("th").InnerTextAsync()).ShouldBe($"{prefix} {ProgrammesPerPage - 1:00}");
        (await heatmap.InnerTextAsync()).ShouldNotContain($"{prefix} {ProgrammesPerPage:00}");
        await ListsNameTheLastProgramme($"{prefix} {ProgrammesPerPage:00}");
        var paging = Page.GetByRole(AriaRole.Navigation, new() { Name = "Pagina's van het portfolio" });
        (await CurrentPage(paging)).ShouldBe("Pagina 1");
        await FitsAndPassesAxe("portfolio-pagina-1", checkedAt: 1366);

        await paging.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/\?pagina=2#indicatoren$"));
        (await rows.CountAsync()).ShouldBe(1);
        (await rows.Locator("th").InnerTextAsync()).ShouldBe($"{prefix} {ProgrammesPerPage:00}");
        (await rows.Locator("th a").GetAttributeAsync("href")).ShouldBe($"/programmas/{last}");
        (await heatmap.Locator("caption").InnerTextAsync()).ShouldEndWith("pagina 2 van 2");
        (await CurrentPage(paging)).ShouldBe("Pagina 2");
        (await paging.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).CountAsync()).ShouldBe(0);
        (await paging.GetByRole(AriaRole.Link, new() { Name = "Vorige pagina" }).IsVisibleAsync()).ShouldBeTrue();
        await ListsNameTheLastProgramme($"{prefix} {ProgrammesPerPage:00}");
        await FitsAndPassesAxe("portfolio-pagina-2", checkedAt: 320);
    }

    [Fact]
    public async Task the_decision_log_pages_newest_first_and_keeps_its_filter_in_the_paging_links()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var person = await NewOpdrachtgever("Olaf Overzicht " + suffix, suffix);
        var now = App.Clock.GetCurrentInstant().Minus(Duration.FromMinutes(5));
        var today = now.InZone(AmsterdamTime.Zone).Date;
        var programmeId = Guid.NewGuid();
        var history = new List<(Guid, object)>
        {
            (programmeId, new ProgrammeRegistered(programmeId, "Veel besluiten " + suffix, "Opgave", "Ministerie van VWS", today.PlusYears(-5), today.PlusYears(2), now)),
            (programmeId, new ProgrammeMemberAssigned(programmeId, person.Id, person.Name, MemberRole.Opdrachtgever, null, now)),
        };
        // Fifty-one taken decisions, one a day, each recorded a second after the one before, so no two share a moment;
        // and, newest of all, one proposal: the filter "Genomen" leaves it out and still selects a page and one more.
        var decisions = DecisionsPerPage + 1;
        for (var i = 0; i < decisions; i++)
            history.Add(Decision(programmeId, $"Besluit {i:00}", today.PlusDays(-decisions - 1 + i), DecisionStatus.Taken, now.Plus(Duration.FromSeconds(i + 1))));
        history.Add(Decision(programmeId, "Voorstel van vandaag", today, DecisionStatus.Proposed, now.Plus(Duration.FromSeconds(decisions + 1))));
        await App.AppendHistory(history);

        await SignInAs(person.Name);
        await Page.GotoAsync($"/programmas/{programmeId}/besluiten");
        var log = Page.GetByRole(AriaRole.Region, new() { Name = "Besluiten" });
        var titles = log.Locator("tbody tr td:nth-child(2)");
        (await titles.CountAsync()).ShouldBe(DecisionsPerPage);
        (await log.Locator("caption").InnerTextAsync()).ShouldBe($"{decisions + 1} besluiten, pagina 1 van 2");
        (await titles.First.InnerTextAsync()).ShouldBe("Voorstel van vandaag");
        (await titles.Nth(1).InnerTextAsync()).ShouldBe($"Besluit {decisions - 1:00}");
        var paging = Page.GetByRole(AriaRole.Navigation, new() { Name = "Pagina's van het besluitenlog" });
        (await CurrentPage(paging)).ShouldBe("Pagina 1");
        await FitsAndPassesAxe("besluitenlog-pagina-1", checkedAt: 1366);

        // The oldest are on page 2, reached by its link; the current page is marked.
        await paging.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/besluiten\?pagina=2#besluiten$"));
        (await titles.AllInnerTextsAsync()).ShouldBe(["Besluit 01", "Besluit 00"]);
        (await CurrentPage(paging)).ShouldBe("Pagina 2");
        await FitsAndPassesAxe("besluitenlog-pagina-2", checkedAt: 320);

        // Filtered on "Genomen": the proposal is gone, 51 remain over two pages, and the link to page 2 keeps the filter.
        await Page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Genomen" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"[?&]status=Taken"));
        (await log.Locator("caption").InnerTextAsync()).ShouldBe($"{decisions} besluiten, pagina 1 van 2");
        (await titles.First.InnerTextAsync()).ShouldBe($"Besluit {decisions - 1:00}");
        var next = paging.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" });
        (await next.GetAttributeAsync("href") ?? "").ShouldStartWith("?status=Taken&");
        await next.ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/besluiten\?status=Taken&.*pagina=2#besluiten$"));
        (await titles.AllInnerTextsAsync()).ShouldBe(["Besluit 00"]);
        (await log.Locator("caption").InnerTextAsync()).ShouldBe($"{decisions} besluiten, pagina 2 van 2");
        (await Page.GetByLabel("Status", new() { Exact = true }).InputValueAsync()).ShouldBe("Taken");
        (await CurrentPage(paging)).ShouldBe("Pagina 2");
    }

    /// <summary>A person registered by the administrator through the API, made opdrachtgever by the history the test appends.</summary>
    private async Task<(Guid Id, string Name)> NewOpdrachtgever(string name, string suffix)
    {
        var admin = App.People.Administrator;
        var organisation = await App.Create(admin, "/api/organisations", new { name = "Ministerie " + suffix, layer = "rijk" });
        return (await App.Create(admin, "/api/people", new { name, email = $"overzicht-{suffix}@vws.test", organisationId = organisation }), name);
    }

    private static (Guid, object) Decision(Guid programmeId, string title, LocalDate decidedOn, DecisionStatus status, Instant recordedAt)
    {
        var id = Guid.NewGuid();
        return (id, new DecisionLogged(id, programmeId, title, "", [], "A", "Omdat", new DecisionMaker(null, null, "Stuurgroep"), null,
            decidedOn, [], "", null, status, new WooClassification(true, null), recordedAt));
    }

    /// <summary>The one link of the paging navigation marked as the current page (aria-current), by its text (the screen-reader name).</summary>
    private static async Task<string> CurrentPage(ILocator paging)
    {
        var current = paging.Locator("[aria-current=page]");
        (await current.CountAsync()).ShouldBe(1, "one page marked as the current one");
        return (await current.TextContentAsync() ?? "").Trim();
    }

    /// <summary>The lists below the heatmap cover every programme, whichever page of the heatmap is shown.</summary>
    private async Task ListsNameTheLastProgramme(string name)
    {
        (await Page.Locator("h2#spanningen + ul li", new() { HasText = "Spanning op de tweede pagina" }).InnerTextAsync()).ShouldContain(name);
        (await Page.Locator("li", new() { HasText = "Herbeoordelen op de tweede pagina" }).InnerTextAsync()).ShouldContain(name);
    }

    /// <summary>
    /// At 1366 px and at 320 px the page does not scroll sideways (WCAG 1.4.10); at <paramref name="checkedAt"/> it
    /// passes axe and is kept as a screenshot. Axe once a page, not at both widths: on fifty heatmap rows one run takes
    /// ten seconds, and its rules judge the markup, which is the same at either width.
    /// </summary>
    private async Task FitsAndPassesAxe(string screenshotName, int checkedAt)
    {
        foreach (var width in new[] { 1366, 320 })
        {
            await Page.SetViewportSizeAsync(width, 900);
            var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"{Page.Url} at {width} px is {widths[0]} px wide");
            if (width == checkedAt) await CheckPage($"{screenshotName}-{width}");
        }
        await Page.SetViewportSizeAsync(1366, 900);
    }
}
