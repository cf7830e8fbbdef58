namespace Governance.Web.Tests.Pages;

/// <summary>Issue 19 §7: a programme past its planned end says so; the phase is shown as it was recorded, with its date.</summary>
public class Time_told_honestly(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task a_programme_past_its_planned_end_without_an_end_decision_says_einddatum_verstreken_never_bijna_ten_einde()
    {
        // Planned end 31 December 2020, a borging plan, no end and no decision on stopping or continuing; today is 2026.
        var history = await History.Create(App, "Verlopen " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.OpdrachtgeverName);

        var passed = await Page.Locator("h2#einddatum-verstreken + ul").InnerTextAsync();
        passed.ShouldContain(history.Name + ": einddatum verstreken op 31 december 2020, nog geen besluit over stoppen of doorgaan");
        var nearing = await Page.Locator("h2#bijna-ten-einde ~ *").AllInnerTextsAsync();
        string.Join("\n", nearing).ShouldNotContain(history.Name);
        await CheckPage("portfolio-einddatum-verstreken");

        await Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = history.Name, Exact = true }).First.ClickAsync();
        await Page.WaitForURLAsync($"**/programmas/{history.ProgrammeId}");
        var facts = await Page.Locator(".governance-facts").Last.InnerTextAsync();
        facts.ShouldContain("einddatum verstreken, nog geen besluit over stoppen of doorgaan");
        // The phase as recorded (uitvoering from 1 March 2020), with its date: nobody recorded another since.
        facts.ShouldContain("Uitvoering, vastgelegd per 1 maart 2020");
        await CheckPage("programma-einddatum-verstreken");

        // The list of programmes tells it too, with the phase as recorded.
        await Page.GotoAsync("/programmas");
        var row = await Page.Locator("tr", new() { HasText = history.Name }).InnerTextAsync();
        row.ShouldContain("Uitvoering (per 1 maart 2020)");
        row.ShouldContain("31 december 2020 — einddatum verstreken");
        await CheckPage("programmas-einddatum-verstreken");

        // On a day before the end, the same page says nothing of the kind.
        await Page.GotoAsync($"/programmas/{history.ProgrammeId}?opDatum=2020-07-01");
        (await Page.Locator("main").InnerTextAsync()).ShouldNotContain("einddatum verstreken");
    }
}
