using Microsoft.Playwright;
using NodaTime;

namespace Governance.Web.Tests.Pages;

public class Reflection_planner(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task the_facilitator_plans_a_session_prepares_its_agenda_records_it_held_and_the_health_page_says_when_an_indicator_was_discussed()
    {
        var name = "Reflectie op koers " + Guid.NewGuid().ToString("N")[..6];
        var programmeId = await App.People.RegisterProgramme(App, name);
        await SignInAs(WebPeople.FacilitatorName);

        // Plan: the clock stands at 2 March 2026; the session is on 10 March at 14:00 Dutch time.
        await Page.GotoAsync($"/programmas/{programmeId}/reflectie");
        await CheckPage("reflectiesessies-programma");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sessie plannen" }).ClickAsync();
        await Page.WaitForURLAsync("**/reflectie/plannen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie plannen" }).ClickAsync();
        (await Page.Locator("#title-fout").InnerTextAsync()).ShouldNotBeEmpty();
        // The error summary lists the errors in the order of the fields.
        (await Page.Locator("[data-error-summary] a").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))"))
            .ShouldBe(["#title", "#startsAt", "#location"]);
        // What the session needs is marked before anyone types, with the limits the API keeps.
        foreach (var field in new[] { "title", "startsAt", "lengthMinutes", "location", "facilitator" })
            (await Page.Locator($"label[for={field}]").InnerTextAsync()).ShouldContain("(verplicht)", Case.Sensitive, field);
        foreach (var field in new[] { "title", "location", "facilitator" })
            (await Page.Locator($"[data-counter-for={field}]").CountAsync()).ShouldBe(1, field);
        await CheckPage("sessie-plannen-met-fouten");
        await Page.GetByLabel("Titel").FillAsync("Voorjaarsreflectie");
        await Page.GetByLabel("Begin").FillAsync("2026-03-10T14:00");
        await Page.GetByLabel("Locatie of link").FillAsync("Stadskantoor, zaal 3");
        await Page.GetByLabel(WebPeople.DirectorName).CheckAsync();
        await Page.GetByLabel(WebPeople.OpdrachtgeverName).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie plannen" }).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/programmas/{programmeId}/reflectie/[0-9a-f-]{{36}}$"));
        var sessionUrl = new Uri(Page.Url).AbsolutePath;
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("10 maart 2026 14:00");
        await CheckPage("reflectiesessie");

        await Page.GotoAsync("/reflectie");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("Voorjaarsreflectie");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain(name);
        await CheckPage("mijn-reflectiesessies");

        // Prepare the agenda from the proposal: drop a reflection question, put an item of one's own first.
        await Page.GotoAsync(sessionUrl);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Agenda voorbereiden" }).ClickAsync();
        await Page.WaitForURLAsync("**/agenda/voorbereiden");
        await CheckPage("agenda-voorbereiden");
        var proposed = await Page.Locator("input[name$='.Keep']").CountAsync();
        var indicatorRow = Page.Locator("fieldset.governance-agenda-item", new() { HasText = "(Indicator)" }).First;
        var indicatorTitle = await indicatorRow.Locator("input[name$='.Title']").InputValueAsync();
        var indicatorNumber = await indicatorRow.Locator("input[name$='.Reference']").InputValueAsync();
        var questionRow = Page.Locator("fieldset.governance-agenda-item", new() { HasText = "(Reflectievraag)" }).First;
        var droppedQuestion = await questionRow.Locator("input[name$='.Title']").InputValueAsync();
        await questionRow.Locator("input[type=checkbox]").UncheckAsync();
        await Page.Locator("#volgorde-0").FillAsync("2");
        await Page.Locator("#eigen-titel-0").FillAsync("Kennismaking met de nieuwe wethouder");
        await Page.Locator("#eigen-volgorde-0").FillAsync("1");
        // An item of one's own with an explanation but no title is refused on its own row; the rest stays as typed.
        await Page.Locator("#eigen-toelichting-1").FillAsync("Zonder titel");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Agenda opslaan" }).ClickAsync();
        (await Page.TitleAsync()).ShouldStartWith("Fout: ");
        (await Page.Locator("#eigen-titel-1-fout").InnerTextAsync()).ShouldContain("Geef eigen punt 2 een titel");
        (await Page.Locator("[data-error-summary] a").GetAttributeAsync("href")).ShouldBe("#eigen-titel-1");
        (await Page.Locator("#eigen-titel-0").InputValueAsync()).ShouldBe("Kennismaking met de nieuwe wethouder");
        (await questionRow.Locator("input[type=checkbox]").IsCheckedAsync()).ShouldBeFalse();
        await CheckPage("agenda-voorbereiden-met-fout");
        await Page.Locator("#eigen-toelichting-1").FillAsync("");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Agenda opslaan" }).ClickAsync();
        await Page.WaitForURLAsync($"**{sessionUrl}/agenda");

        var agenda = await Page.Locator(".governance-agenda > li").AllInnerTextsAsync();
        agenda[0].ShouldStartWith("Kennismaking met de nieuwe wethouder");
        agenda.Count.ShouldBe(proposed); // one dropped, one added
        agenda.ShouldContain(item => item.StartsWith(indicatorTitle));
        agenda.ShouldNotContain(item => item.StartsWith(droppedQuestion));
        await CheckPage("agenda-afdrukken");
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        (await Page.Locator(".governance-header").IsVisibleAsync()).ShouldBeFalse();
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });

        // After the session (the host's clock is the test's fake clock): record it held with the questions addressed.
        App.Clock.Reset(Instant.FromUtc(2026, 3, 10, 15, 30));
        await Page.GotoAsync(sessionUrl);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sessie bijwerken" }).ClickAsync();
        await Page.WaitForURLAsync("**/bijwerken");
        await CheckPage("sessie-bijwerken");
        await Page.Locator("#vraag-4").CheckAsync();
        await Page.Locator("#vraag-7").CheckAsync();
        await Page.GetByLabel("Uitkomsten").FillAsync("We spreken elkaar vaker in de regio.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie gehouden" }).ClickAsync();
        await Page.WaitForURLAsync($"**{sessionUrl}");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("Gehouden op");

        // A lesson, then the indicator item discussed with a note and that lesson.
        await Page.GotoAsync(sessionUrl + "/bijwerken");
        await Page.Locator("#lesson").FillAsync("Een rode indicator vraagt om een gesprek, niet om een rapport.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Les vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync($"**{sessionUrl}");
        await Page.GotoAsync(sessionUrl + "/bijwerken");
        var item = Page.Locator("fieldset.governance-agenda-item", new() { HasText = indicatorTitle }).First;
        await item.Locator("input[id^='besproken-']").CheckAsync();
        await item.Locator("input[id^='notitie-']").FillAsync("Besproken met alle partners");
        await item.Locator("input[id^='les-']").First.CheckAsync();
        await CheckPage("sessie-bijwerken-gehouden");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Besproken punten vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync($"**{sessionUrl}");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("Besproken: Besproken met alle partners");
        await CheckPage("reflectiesessie-gehouden");

        await Page.GotoAsync($"/programmas/{programmeId}/gezondheid");
        var discussed = await Page.Locator($"#indicator-{indicatorNumber} .besproken").InnerTextAsync();
        discussed.ShouldContain("Besproken op 10 maart 2026");
        discussed.ShouldContain("Een rode indicator vraagt om een gesprek, niet om een rapport.");
        await CheckPage("gezondheid-besproken-op");
    }
}
