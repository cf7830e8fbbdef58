using System.Net;
using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

public class Programme_page(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task the_programme_page_shows_opgave_phase_partners_bodies_and_timeline_now_and_as_of_a_date()
    {
        var history = await History.Create(App, "Geweld hoort nergens thuis " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.DirectorName);

        await Page.GotoAsync("/programmas");
        await Page.GetByRole(AriaRole.Link, new() { Name = history.Name }).ClickAsync();
        await Page.WaitForURLAsync($"**/programmas/{history.ProgrammeId}");

        var main = await Page.Locator("main").InnerTextAsync();
        main.ShouldContain("Huiselijk geweld en kindermishandeling eerder stoppen");
        main.ShouldContain("Uitvoering");
        main.ShouldContain("Gemeente Utrecht");
        main.ShouldContain("Ketenpartner");
        main.ShouldContain("Opdrachtgeversoverleg");
        main.ShouldContain("Borgingsplan vastgelegd");
        await CheckPage("programma");

        await Page.GotoAsync($"/programmas/{history.ProgrammeId}?opDatum=2020-02-01");
        main = await Page.Locator("main").InnerTextAsync();
        main.ShouldContain("Verkenning");
        main.ShouldNotContain("Borgingsplan vastgelegd");
        main.ShouldContain("Partner toegetreden");
        await CheckPage("programma-zoals-op-1-februari-2020");
    }

    [Fact]
    public async Task a_person_who_is_not_a_member_gets_the_not_found_page()
    {
        var history = await History.Create(App, "Besloten programma " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.OutsiderName);

        foreach (var path in new[] { "", "/gezondheid", "/audit" })
        {
            var response = await Page.GotoAsync($"/programmas/{history.ProgrammeId}{path}");
            response!.Status.ShouldBe((int)HttpStatusCode.NotFound);
            (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Pagina niet gevonden");
            (await Page.Locator("main").InnerTextAsync()).ShouldNotContain(history.Name);
        }
        await CheckPage("niet-gevonden");
    }

    [Fact]
    public async Task an_unknown_page_gets_the_dutch_not_found_page_while_the_api_keeps_its_problem_details()
    {
        await SignInAs(WebPeople.ReaderName);

        var page = await Page.GotoAsync("/bestaat-niet");
        page!.Status.ShouldBe(404);
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Pagina niet gevonden");

        var api = await Page.APIRequest.GetAsync($"/api/programmes/{Guid.NewGuid()}");
        api.Status.ShouldBe(404);
        api.Headers["content-type"].ShouldStartWith("application/problem+json");
    }
}
