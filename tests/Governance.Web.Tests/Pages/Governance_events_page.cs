using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

public class Governance_events_page(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task the_director_records_that_the_opdracht_was_not_reconfirmed_and_the_health_page_shows_doorzettingskracht_red()
    {
        var name = "Verplichte ggz " + Guid.NewGuid().ToString("N")[..6];
        var programmeId = await App.People.RegisterProgramme(App, name);
        await App.Create(App.People.Director, $"/api/programmes/{programmeId}/partners",
            new { organisationName = "Ministerie van VWS", layer = "rijk", role = "opdrachtgever", joinedOn = "2020-01-01" });
        await SignInAs(WebPeople.DirectorName);

        await Page.GotoAsync($"/programmas/{programmeId}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Bestuurlijke gebeurtenissen vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync($"**/programmas/{programmeId}/bestuur");

        // "Nee" without its reason: the API's message stands at the field, nothing is written.
        await Page.Locator("#reconfirmPartnerId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.Locator("#herbevestigd-nee").CheckAsync();
        await Page.Locator("#reconfirmOn").FillAsync("2020-09-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bevestiging vastleggen" }).ClickAsync();
        var summary = Page.Locator(".governance-error-summary");
        await summary.WaitForAsync();
        (await summary.InnerTextAsync()).ShouldContain("Schrijf op waarom de opdracht niet opnieuw is bevestigd.");
        (await Page.Locator("#reconfirmNote-fout").InnerTextAsync()).ShouldBe("Schrijf op waarom de opdracht niet opnieuw is bevestigd.");
        (await Page.TitleAsync()).ShouldStartWith("Fout:");
        await CheckPage("bestuur-fout");

        await Page.Locator("#reconfirmNote").FillAsync("De nieuwe opdrachtgevers zien het als programma van de departementen.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bevestiging vastleggen" }).ClickAsync();
        await Page.GetByText("Vastgelegd of de opdracht opnieuw is bevestigd.").WaitForAsync();

        await Page.GotoAsync($"/programmas/{programmeId}/gezondheid#indicator-5");
        // The evidence is folded under "Onderbouwing" (attention first): opened as the reader would.
        await Page.Locator("#indicator-5 summary", new() { HasText = "Onderbouwing" }).ClickAsync();
        var indicator = await Page.Locator("#indicator-5").InnerTextAsync();
        indicator.ShouldContain("Een opdrachtgever heeft de opdracht niet opnieuw bevestigd");
        indicator.ShouldContain("De opdracht is met Ministerie van VWS niet opnieuw bevestigd");
    }

    [Fact]
    public async Task the_director_records_a_partners_dissent_on_the_opgave_and_the_health_page_shows_it()
    {
        var name = "Samen tegen geweld " + Guid.NewGuid().ToString("N")[..6];
        var programmeId = await App.People.RegisterProgramme(App, name);
        var url = $"/api/programmes/{programmeId}";
        await App.Create(App.People.Director, $"{url}/partners",
            new { organisationName = "Ministerie van VWS", layer = "rijk", role = "opdrachtgever", joinedOn = "2020-01-01" });
        await App.Create(App.People.Director, $"{url}/partners",
            new { organisationName = "Gemeente Utrecht", layer = "gemeente", role = "ketenpartner", joinedOn = "2020-01-01" });
        // A third partner: one of three dissenting leaves two thirds sharing the opgave, oranje (below 60% would be rood).
        await App.Create(App.People.Director, $"{url}/partners",
            new { organisationName = "GGD GHOR Nederland", layer = "koepel", role = "ketenpartner", joinedOn = "2020-01-01" });
        await App.Post(App.People.Director, $"{url}/opgave", new { opgave = "Geweld stoppen", ambition = "Cirkel doorbreken", intendedSocietalEffect = "Minder geweld", kaders = "Wet", ruimte = "Regio" });
        await SignInAs(WebPeople.DirectorName);
        await Page.GotoAsync($"/programmas/{programmeId}/bestuur");

        // Without what the partner does not share: the API's message stands at that field, nothing is written.
        await Page.Locator("#dissentPartnerId").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Utrecht" });
        await Page.Locator("#dissentOn").FillAsync("2026-02-13");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Onenigheid vastleggen" }).ClickAsync();
        await Page.Locator(".governance-error-summary").WaitForAsync();
        (await Page.Locator("#dissentReason-fout").InnerTextAsync()).ShouldBe("Vul de reden in.");
        (await Page.TitleAsync()).ShouldStartWith("Fout:");

        await Page.Locator("#dissentReason").FillAsync("De ambitie is te landelijk geformuleerd.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Onenigheid vastleggen" }).ClickAsync();
        await Page.GetByText("De onenigheid over de opgave is vastgelegd.").WaitForAsync();
        (await Page.Locator("#opgave-kop + p + ul").InnerTextAsync()).ShouldContain("Gemeente Utrecht deelt de opgave niet (sinds 13 februari 2026): De ambitie is te landelijk geformuleerd.");

        await Page.GotoAsync($"/programmas/{programmeId}/gezondheid#indicator-2");
        await Page.Locator("#indicator-2 summary", new() { HasText = "Onderbouwing" }).ClickAsync();
        var indicator = await Page.Locator("#indicator-2").InnerTextAsync();
        indicator.ShouldContain("Oranje");
        indicator.ShouldContain("Gemeente Utrecht deelt de opgave niet (sinds 13 februari 2026: De ambitie is te landelijk geformuleerd)");
    }
}
