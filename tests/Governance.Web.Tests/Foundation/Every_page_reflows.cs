using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Governance.Web.Tests.Foundation;

/// <summary>
/// WCAG 1.4.10 Reflow: every page works at 320 CSS px without scrolling the page sideways (a table scrolls inside its
/// own box), and at 1366 px. The pages are enumerated from the host's own routes, so a new page fails this test until
/// it has a place in <see cref="Visits"/>.
/// </summary>
public class Every_page_reflows(WebApp app) : BrowserTest(app)
{
    private static readonly int[] Widths = [320, 1366];

    /// <summary>Routes that are no page to look at: the sign-out is a POST from the header (its GET only redirects).</summary>
    private static readonly HashSet<string> NotPages = ["afmelden"];

    private record Visit(string Route, string Url, string? Person);

    [Fact]
    public async Task every_page_fits_320_and_1366_css_px_without_horizontal_scrolling_and_passes_axe()
    {
        var visits = await Visits();
        var routes = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => !NotPages.Contains(r))
            .Distinct().ToList();
        routes.Count.ShouldBeGreaterThan(20);
        routes.Where(r => visits.All(v => v.Route != r)).ShouldBeEmpty("pages without a visit in this test");

        var failures = new List<string>();
        foreach (var group in visits.GroupBy(v => v.Person))
        {
            await Page.Context.ClearCookiesAsync();
            if (group.Key is { } person) await SignInAs(person);
            foreach (var visit in group)
                foreach (var width in Widths)
                {
                    await Page.SetViewportSizeAsync(width, 900);
                    var response = await Page.GotoAsync(visit.Url);
                    response!.Status.ShouldBe(200, visit.Url);
                    var (scrollWidth, innerWidth) = await PageAndViewportWidth();
                    if (scrollWidth > innerWidth) failures.Add($"{visit.Url} at {width} px: {scrollWidth} px wide");
                    await CheckPage($"reflow-{Name(visit.Route)}-{width}");
                }
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task on_a_narrow_screen_the_header_menu_folds_into_a_menu_button_that_opens_it()
    {
        await SignInAs(WebPeople.DirectorName);
        var menu = Page.Locator("details[data-compact-menu]");
        var portfolio = Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Programma's" });

        await Page.SetViewportSizeAsync(320, 700);
        await Page.ReloadAsync();
        (await menu.GetAttributeAsync("open")).ShouldBeNull();
        (await portfolio.IsVisibleAsync()).ShouldBeFalse();
        var header = await Page.Locator("header").BoundingBoxAsync();
        header!.Height.ShouldBeLessThan(120);

        await Page.GetByText("Menu", new() { Exact = true }).ClickAsync();
        (await portfolio.IsVisibleAsync()).ShouldBeTrue();
        await portfolio.ClickAsync();
        await Page.WaitForURLAsync("**/programmas");

        await Page.SetViewportSizeAsync(1366, 900);
        (await menu.GetAttributeAsync("open")).ShouldNotBeNull();
        (await Page.GetByText("Menu", new() { Exact = true }).IsVisibleAsync()).ShouldBeFalse();
        (await portfolio.IsVisibleAsync()).ShouldBeTrue();
    }

    private async Task<(int, int)> PageAndViewportWidth()
    {
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }

    private static string Name(string route) =>
        route.Length == 0 ? "portfolio" : System.Text.RegularExpressions.Regex.Replace(route, @"\{[^/]*\}", "x").Replace('/', '-');

    /// <summary>One filled-in programme, its decision and session, a joint session and a partner person: every page has something to show.</summary>
    private async Task<List<Visit>> Visits()
    {
        var people = App.People;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var history = await History.Create(App, "Reflow " + suffix);
        var programme = $"/programmas/{history.ProgrammeId}";
        var api = $"/api/programmes/{history.ProgrammeId}";
        var partnerId = await App.Create(people.Director, $"{api}/partners",
            new { organisationName = "Gemeente Zeist " + suffix, layer = "gemeente", role = "ketenpartner", joinedOn = "2020-01-05" });
        var decision = await App.Create(people.Director, $"{api}/decisions", new
        {
            title = "Een besluit met een lange titel die op een smal scherm over meerdere regels moet lopen",
            context = "Omdat het kan.",
            options = new[] { new { name = "Doen", pros = "Snel", cons = "Duur" }, new { name = "Laten", pros = "Goedkoop", cons = "Traag" } },
            chosenOption = "Doen",
            rationale = "Het werkt",
            decidedBy = new { partnerId },
            decidedOn = "2026-02-01",
            reviewOn = "2026-09-01",
        });
        var session = await App.Create(people.Facilitator, $"{api}/reflection-sessions", new
        {
            title = "Voorjaarsreflectie",
            startsAt = "2026-04-15T14:00",
            lengthMinutes = 90,
            location = "Stadhuis",
            facilitator = WebPeople.FacilitatorName,
            invitees = new[] { "Ministerie van VWS" },
        });
        var second = await people.RegisterProgramme(App, "Reflow samen " + suffix);
        await App.Create(people.Director, $"/api/programmes/{second}/partners",
            new { organisationName = "Ministerie van VWS", layer = "rijk", role = "opdrachtgever", joinedOn = "2020-01-02" });
        var joint = await App.Create(people.Facilitator, "/api/joint-reflection-sessions", new
        {
            programmeIds = new[] { history.ProgrammeId, second },
            title = "Gezamenlijke reflectie",
            startsAt = "2026-05-12T10:00",
            lengthMinutes = 120,
            location = "Provinciehuis",
            facilitator = WebPeople.FacilitatorName,
        });
        var organisation = await App.Create(people.Administrator, "/api/organisations", new { name = "Gemeente Zeist " + suffix, layer = "gemeente" });
        var partnerName = "Paul Partner " + suffix;
        var partnerPerson = await App.Create(people.Administrator, "/api/people", new { name = partnerName, email = $"paul-{suffix}@zeist.test", organisationId = organisation });
        await App.Post(people.Administrator, $"{api}/members", new { personId = partnerPerson, role = "partner", partnerId });

        string director = WebPeople.DirectorName, facilitator = WebPeople.FacilitatorName, administrator = WebPeople.AdministratorName;
        var sessionUrl = $"{programme}/reflectie/{session}";
        var jointUrl = $"/reflectie/gezamenlijk/{joint}";
        return
        [
            new("aanmelden", "/aanmelden", null),
            new("fout/{status:int}", "/fout/404", null),
            new("{onderwerp:regex(^(toegankelijkheid|privacy|contact)$)}", "/toegankelijkheid", null),
            new("", "/", WebPeople.OpdrachtgeverName),
            new("programmas", "/programmas", director),
            new("meldingen", "/meldingen", director),
            new("mijn-week", "/mijn-week", director),
            new("programmas/{programmeId:guid}", programme, director),
            new("programmas/{programmeId:guid}/gezondheid", $"{programme}/gezondheid", director),
            new("programmas/{programmeId:guid}/audit", $"{programme}/audit", director),
            new("programmas/{programmeId:guid}/bestuur", $"{programme}/bestuur", director),
            new("programmas/{programmeId:guid}/besluiten", $"{programme}/besluiten", director),
            new("programmas/{programmeId:guid}/besluiten/nieuw", $"{programme}/besluiten/nieuw", director),
            new("programmas/{programmeId:guid}/besluiten/{decisionId:guid}", $"{programme}/besluiten/{decision}", director),
            new("programmas/{programmeId:guid}/besluiten/{decisionId:guid}/standpunt", $"{programme}/besluiten/{decision}/standpunt", partnerName),
            new("reflectie", "/reflectie", facilitator),
            new("programmas/{programmeId:guid}/reflectie", $"{programme}/reflectie", facilitator),
            new("programmas/{programmeId:guid}/reflectie/plannen", $"{programme}/reflectie/plannen", facilitator),
            new("programmas/{programmeId:guid}/reflectie/{sessionId:guid}", sessionUrl, facilitator),
            new("programmas/{programmeId:guid}/reflectie/{sessionId:guid}/agenda/voorbereiden", $"{sessionUrl}/agenda/voorbereiden", facilitator),
            new("programmas/{programmeId:guid}/reflectie/{sessionId:guid}/agenda", $"{sessionUrl}/agenda", facilitator),
            new("programmas/{programmeId:guid}/reflectie/{sessionId:guid}/bijwerken", $"{sessionUrl}/bijwerken", facilitator),
            new("programmas/{programmeId:guid}/reflectie/{sessionId:guid}/verslag", $"{sessionUrl}/verslag", facilitator),
            new("reflectie/gezamenlijk/plannen", "/reflectie/gezamenlijk/plannen", facilitator),
            new("reflectie/gezamenlijk/{jointSessionId:guid}", jointUrl, facilitator),
            new("reflectie/gezamenlijk/{jointSessionId:guid}/agenda/voorbereiden", $"{jointUrl}/agenda/voorbereiden", facilitator),
            new("reflectie/gezamenlijk/{jointSessionId:guid}/agenda", $"{jointUrl}/agenda", facilitator),
            new("reflectie/gezamenlijk/{jointSessionId:guid}/bijwerken", $"{jointUrl}/bijwerken", facilitator),
            new("beheer", "/beheer", administrator),
            new("beheer/organisaties", "/beheer/organisaties", administrator),
            new("beheer/personen", "/beheer/personen", administrator),
            new("beheer/personen/{personId:guid}", $"/beheer/personen/{partnerPerson}", administrator),
            new("beheer/programmas", "/beheer/programmas", administrator),
            new("beheer/programmas/{programmeId:guid}", $"/beheer/programmas/{history.ProgrammeId}", administrator),
        ];
    }
}
