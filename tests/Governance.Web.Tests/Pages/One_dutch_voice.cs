using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

/// <summary>Issue 19 §4: money and dates as Dutch readers write them; source references only as a "Bron" detail.</summary>
public class One_dutch_voice(WebApp app) : BrowserTest(app)
{
    private static readonly Regex Citation = new(@"\d{3} l\. \d");
    private static readonly Regex NumericDate = new(@"\b\d{1,2}-\d{1,2}-\d{4}\b");

    [Fact]
    public async Task the_health_page_writes_euros_and_dates_the_dutch_way_and_keeps_source_references_in_the_bron_detail()
    {
        var history = await History.Create(App, "Nederlands " + Guid.NewGuid().ToString("N")[..6]);
        var url = $"/api/programmes/{history.ProgrammeId}";
        var payer = await App.Create(App.People.Director, $"{url}/partners",
            new { organisationName = "Ministerie van JenV", layer = "rijk", role = "opdrachtgever", joinedOn = "2020-01-05" });
        await App.Post(App.People.Opdrachtgever, $"{url}/funding",
            new { committedByPartnerId = payer, amountEuro = 32_000_000m, from = "2020-01-01", until = "2020-12-31", kind = "tijdelijk" });
        await SignInAs(WebPeople.OpdrachtgeverName);
        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/gezondheid");

        var funding = Page.Locator("#indicator-4");
        await funding.Locator("summary", new() { HasText = "Onderbouwing" }).ClickAsync();
        (await funding.Locator(".evidence").InnerTextAsync()).ShouldContain("€ 32.000.000 tot 31 december 2020");

        // The gespreksvragen are read aloud: no "004 l. 2113–2115" in them; the reference is in the Bron detail.
        foreach (var question in await Page.Locator(".gespreksvraag").AllInnerTextsAsync())
            Citation.IsMatch(question).ShouldBeFalse(question);
        foreach (var summary in await Page.Locator("summary", new() { HasText = "De aanbeveling" }).AllAsync()) await summary.ClickAsync();
        var sources = string.Join("\n", await Page.Locator(".bron").AllInnerTextsAsync());
        sources.ShouldContain("gespreksvraag: 004 l.");
        // Nor anywhere else on the page (what is missing included): references stand only in a "Bron" detail.
        var outsideSources = await Page.EvaluateAsync<string>(
            "() => { const main = document.querySelector('main').cloneNode(true); main.querySelectorAll('.bron').forEach(b => b.remove()); return main.innerText; }");
        Citation.IsMatch(outsideSources).ShouldBeFalse(Citation.Match(outsideSources).Value);
        // One date format for people, also in the texts the health rules write.
        NumericDate.IsMatch(await Page.Locator("main").InnerTextAsync()).ShouldBeFalse();
        await CheckPage("gezondheid-nederlands");
    }

    [Fact]
    public async Task the_printed_agenda_handed_to_partners_carries_no_source_references()
    {
        var programmeId = await App.People.RegisterProgramme(App, "Agenda " + Guid.NewGuid().ToString("N")[..6]);
        var url = $"/api/programmes/{programmeId}/reflection-sessions";
        var sessionId = await App.Create(App.People.Facilitator, url, new
        {
            title = "Reflectie", startsAt = "2026-03-20T14:00", lengthMinutes = 90, location = "Stadhuis",
            facilitator = WebPeople.FacilitatorName, invitees = new[] { "Ministerie van VWS" },
        });
        await App.Post(App.People.Facilitator, $"{url}/{sessionId}/agenda", new
        {
            items = new[] { new { title = "Wat vraagt de regio van ons? (004 l. 951–953)", why = "Staat op oranje (naar 004 l. 1094–1098)." } },
        });
        await SignInAs(WebPeople.FacilitatorName);
        await Page.GotoAsync($"/programmas/{programmeId}/reflectie/{sessionId}/agenda");

        var agenda = await Page.Locator(".governance-print-agenda").InnerTextAsync();
        agenda.ShouldContain("Wat vraagt de regio van ons? — Staat op oranje.");
        Citation.IsMatch(agenda).ShouldBeFalse(agenda);
        await CheckPage("agenda-zonder-bronverwijzingen");
    }
}
