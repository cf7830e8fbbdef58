using Microsoft.Playwright;
using NodaTime;

namespace Governance.Web.Tests.Pages;

public class Joint_reflection_session(WebApp app) : BrowserTest(app)
{
    private async Task<Guid> ProgrammeOfVwsAndJenV(string name)
    {
        var programmeId = await App.People.RegisterProgramme(App, name);
        foreach (var opdrachtgever in new[] { "Ministerie van VWS", "Ministerie van JenV" })
            await App.Create(App.People.Director, $"/api/programmes/{programmeId}/partners",
                new { organisationName = opdrachtgever, layer = "rijk", role = "opdrachtgever", joinedOn = "2020-01-01" });
        return programmeId;
    }

    private ILocator Row(string programme, string kind) =>
        Page.Locator("fieldset.governance-agenda-item").Filter(new() { HasText = programme }).Filter(new() { HasText = $"({kind})" }).First;

    [Fact]
    public async Task the_facilitator_plans_a_joint_session_prepares_it_records_it_held_and_each_health_page_says_besproken_op()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var ghnt = "Samen thuis " + suffix;
        var zorg = "Zorg en veiligheid " + suffix;
        var ghntId = await ProgrammeOfVwsAndJenV(ghnt);
        var zorgId = await ProgrammeOfVwsAndJenV(zorg);
        await SignInAs(WebPeople.FacilitatorName);

        // Plan: choose the programmes one facilitates; one programme alone is refused beside the programme list.
        await Page.GotoAsync("/reflectie");
        await Page.GetByRole(AriaRole.Link, new() { Name = "plan een gezamenlijke sessie" }).ClickAsync();
        await Page.WaitForURLAsync("**/reflectie/gezamenlijk/plannen");
        await Page.GetByLabel(ghnt).CheckAsync();
        await Page.GetByLabel("Titel").FillAsync("Gezamenlijke voorjaarsreflectie");
        await Page.GetByLabel("Begin").FillAsync("2026-03-10T14:00");
        await Page.GetByLabel("Locatie of link").FillAsync("Stadskantoor, zaal 3");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gezamenlijke sessie plannen" }).ClickAsync();
        (await Page.Locator("#programmas-fout").InnerTextAsync()).ShouldContain("minstens twee");
        await CheckPage("gezamenlijke-sessie-plannen-met-fouten");
        await Page.GetByLabel(ghnt).CheckAsync();
        await Page.GetByLabel(zorg).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gezamenlijke sessie plannen" }).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/reflectie/gezamenlijk/[0-9a-f-]{36}$"));
        var jointUrl = new Uri(Page.Url).AbsolutePath;
        var main = await Page.Locator("main").InnerTextAsync();
        main.ShouldContain(ghnt);
        main.ShouldContain(zorg);
        main.ShouldContain("10 maart 2026 14:00");
        await CheckPage("gezamenlijke-sessie");

        // Prepare: the combined proposal labels every item with its programme; drop a question, add an item first.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Agenda voorbereiden" }).ClickAsync();
        await Page.WaitForURLAsync("**/agenda/voorbereiden");
        await CheckPage("gezamenlijke-agenda-voorbereiden");
        var proposed = await Page.Locator("input[name$='.Keep']").CountAsync();
        var ghntIndicator = Row(ghnt, "Indicator");
        var ghntTitle = await ghntIndicator.Locator("input[name$='.Title']").InputValueAsync();
        var ghntNumber = await ghntIndicator.Locator("input[name$='.Reference']").InputValueAsync();
        var zorgIndicator = Row(zorg, "Indicator");
        var zorgTitle = await zorgIndicator.Locator("input[name$='.Title']").InputValueAsync();
        var zorgNumber = await zorgIndicator.Locator("input[name$='.Reference']").InputValueAsync();
        var question = Row(zorg, "Reflectievraag");
        var droppedQuestion = await question.Locator("input[name$='.Title']").InputValueAsync();
        await question.Locator("input[type=checkbox]").UncheckAsync();
        await Page.Locator("#volgorde-0").FillAsync("2");
        await Page.Locator("#eigen-programma-0").SelectOptionAsync(new SelectOptionValue { Label = zorg });
        await Page.Locator("#eigen-titel-0").FillAsync("Wat leren de twee programma's van elkaar?");
        await Page.Locator("#eigen-volgorde-0").FillAsync("1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Agenda opslaan" }).ClickAsync();
        await Page.WaitForURLAsync($"**{jointUrl}/agenda");

        var agenda = await Page.Locator(".governance-agenda > li").AllInnerTextsAsync();
        agenda[0].ShouldStartWith($"[{zorg}] Wat leren de twee programma's van elkaar?");
        agenda.Count.ShouldBe(proposed);
        agenda.ShouldContain(item => item.StartsWith($"[{ghnt}] {ghntTitle}"));
        agenda.ShouldContain(item => item.StartsWith($"[{zorg}] {zorgTitle}"));
        agenda.ShouldNotContain(item => item.StartsWith($"[{zorg}] {droppedQuestion}"));
        await CheckPage("gezamenlijke-agenda-afdrukken");
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        (await Page.Locator(".governance-header").IsVisibleAsync()).ShouldBeFalse();
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });

        // After the session: record it held once for both programmes, a lesson in one programme, items discussed.
        App.Clock.Reset(Instant.FromUtc(2026, 3, 10, 15, 30));
        await Page.GotoAsync(jointUrl);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sessie bijwerken" }).ClickAsync();
        await Page.WaitForURLAsync("**/bijwerken");
        await CheckPage("gezamenlijke-sessie-bijwerken");
        await Page.Locator("#vraag-4").CheckAsync();
        await Page.GetByLabel(WebPeople.OpdrachtgeverName).CheckAsync();
        await Page.GetByLabel(WebPeople.FacilitatorName).CheckAsync();
        await Page.GetByLabel("Uitkomsten").FillAsync("De programma's delen hun regionale aanpak.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie gehouden" }).ClickAsync();
        await Page.WaitForURLAsync($"**{jointUrl}");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("Gehouden op");

        await Page.GotoAsync(jointUrl + "/bijwerken");
        await Page.Locator("#les-programma").SelectOptionAsync(new SelectOptionValue { Label = ghnt });
        await Page.Locator("#lesson").FillAsync("Samen reflecteren spaart dubbel werk.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Les vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync($"**{jointUrl}");
        await Page.GotoAsync(jointUrl + "/bijwerken");
        var ghntItem = Page.Locator("fieldset.governance-agenda-item").Filter(new() { HasText = $"[{ghnt}] {ghntTitle}" }).First;
        await ghntItem.Locator("input[id^='besproken-']").CheckAsync();
        await ghntItem.Locator("input[id^='notitie-']").FillAsync("Besproken met beide opdrachtgevers");
        await ghntItem.Locator("input[id^='les-']").First.CheckAsync();
        var zorgItem = Page.Locator("fieldset.governance-agenda-item").Filter(new() { HasText = $"[{zorg}] {zorgTitle}" }).First;
        (await zorgItem.Locator("input[id^='les-']").CountAsync()).ShouldBe(0); // a lesson of the other programme is not offered
        await zorgItem.Locator("input[id^='besproken-']").CheckAsync();
        await CheckPage("gezamenlijke-sessie-bijwerken-gehouden");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Besproken punten vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync($"**{jointUrl}");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("Besproken: Besproken met beide opdrachtgevers");
        await CheckPage("gezamenlijke-sessie-gehouden");

        // Each programme's own health page says when its indicator was discussed.
        await Page.GotoAsync($"/programmas/{ghntId}/gezondheid");
        var ghntDiscussed = await Page.Locator($"#indicator-{ghntNumber} .besproken").InnerTextAsync();
        ghntDiscussed.ShouldContain("Besproken op 10 maart 2026");
        ghntDiscussed.ShouldContain("Samen reflecteren spaart dubbel werk.");
        await Page.GotoAsync($"/programmas/{zorgId}/gezondheid");
        (await Page.Locator($"#indicator-{zorgNumber} .besproken").InnerTextAsync()).ShouldContain("Besproken op 10 maart 2026");
        await CheckPage("gezondheid-besproken-op-gezamenlijk");

        // Someone who reads only one of the programmes sees only that programme's part of the joint session.
        var organisationId = await App.Create(App.People.Administrator, "/api/organisations", new { name = "Leesbureau " + suffix, layer = "rijk" });
        var readerName = "Lotte Lezer " + suffix;
        var readerId = await App.Create(App.People.Administrator, "/api/people", new { name = readerName, email = $"lotte-{suffix}@lezer.test", organisationId });
        await App.Post(App.People.Administrator, $"/api/programmes/{ghntId}/members", new { personId = readerId, role = "meelezer" });
        await SignInAs(readerName);
        await Page.GotoAsync(jointUrl);
        var seen = await Page.Locator("main").InnerTextAsync();
        seen.ShouldContain(ghnt);
        seen.ShouldNotContain(zorg);
        await Page.GotoAsync(jointUrl + "/agenda");
        (await Page.Locator("main").InnerTextAsync()).ShouldNotContain(zorg);
    }
}
