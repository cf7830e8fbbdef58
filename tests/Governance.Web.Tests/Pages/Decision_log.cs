using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

public class Decision_log(WebApp app) : BrowserTest(app)
{
    /// <summary>A programme with a body and a partner, and a person who acts for that partner (role partner).</summary>
    private async Task<(Guid ProgrammeId, string PartnerPersonName)> ProgrammeWithPartnerPerson()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var people = App.People;
        var programmeId = await people.RegisterProgramme(App, "Samen tegen geweld " + suffix);
        var url = $"/api/programmes/{programmeId}";
        await App.Create(people.Director, $"{url}/bodies",
            new { name = "Stuurgroep", kind = "opdrachtgeversberaad", purpose = "Gezamenlijke sturing", meetingsPerYear = 6, aspects = new[] { "beleidsmatig" } });
        var utrecht = await App.Create(people.Director, $"{url}/partners",
            new { organisationName = "Gemeente Utrecht", layer = "gemeente", role = "ketenpartner", joinedOn = "2020-01-05" });

        var organisation = await App.Create(people.Administrator, "/api/organisations", new { name = "Gemeente Utrecht " + suffix, layer = "gemeente" });
        var name = "Paula Partner " + suffix;
        var person = await App.Create(people.Administrator, "/api/people", new { name, email = $"paula-{suffix}@utrecht.test", organisationId = organisation });
        await App.Post(people.Administrator, $"{url}/members", new { personId = person, role = "partner", partnerId = utrecht });
        return (programmeId, name);
    }

    /// <summary>Presses Tab until the element with this id has the focus (as a keyboard user reaches a field).</summary>
    private async Task TabTo(string id)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            await Page.Keyboard.PressAsync("Tab");
            if (await Page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") == id) return;
        }
        throw new InvalidOperationException($"Met Tab niet bij #{id} gekomen.");
    }

    [Fact]
    public async Task the_director_logs_a_decision_with_the_keyboard_and_a_partner_records_its_dissent_with_reasoning()
    {
        var (programmeId, partnerPerson) = await ProgrammeWithPartnerPerson();
        await SignInAs(WebPeople.DirectorName);

        await Page.GotoAsync($"/programmas/{programmeId}/besluiten");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("Geen besluiten");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync($"**/programmas/{programmeId}/besluiten/nieuw");
        await CheckPage("besluit-vastleggen");

        // Keyboard only: a title, then Enter. The server answers with the API's messages beside the fields; the title stays.
        await TabTo("title");
        await Page.Keyboard.TypeAsync("Regionale aanpak eerst");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForLoadStateAsync();
        (await Page.Locator("#rationale-fout").InnerTextAsync()).ShouldContain("onderbouwing");
        (await Page.Locator("#decidedBy-fout").InnerTextAsync()).ShouldContain("precies één van beide");
        (await Page.Locator("#title").InputValueAsync()).ShouldBe("Regionale aanpak eerst");
        await CheckPage("besluit-vastleggen-met-fouten");

        await TabTo("optie-1-naam");
        await Page.Keyboard.TypeAsync("Regionaal");
        await TabTo("optie-1-voor");
        await Page.Keyboard.TypeAsync("Dicht bij de praktijk");
        await TabTo("optie-2-naam");
        await Page.Keyboard.TypeAsync("Landelijk");
        await TabTo("gekozen-1");
        await Page.Keyboard.PressAsync("Space");
        await TabTo("rationale");
        await Page.Keyboard.TypeAsync("De regio's kennen de gezinnen.");
        await TabTo("decidedBy");
        await Page.Keyboard.PressAsync("ArrowDown"); // the first choice: the Stuurgroep
        await TabTo("aanbeveling-3");
        await Page.Keyboard.PressAsync("Space");
        await TabTo("woo.ground");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/programmas/{programmeId}/besluiten/[0-9a-f-]{{36}}$"));
        var decisionUrl = Page.Url;
        var main = await Page.Locator("main").InnerTextAsync();
        main.ShouldContain("Regionale aanpak eerst");
        main.ShouldContain("Stuurgroep");
        main.ShouldContain("3. Handel daar waar nodig");
        main.ShouldContain("Regionaal (gekozen)");
        await CheckPage("besluit");

        // The partner person records their organisation's dissent: first without reasoning (refused), then with.
        await SignInAs(partnerPerson);
        await Page.GotoAsync(decisionUrl);
        (await Page.Locator("#standpunt-kop").InnerTextAsync()).ShouldBe("Standpunt van Gemeente Utrecht vastleggen");
        await Page.GetByLabel("Wijkt af").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Standpunt vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync("**/standpunt");
        (await Page.Locator("#reasoning-fout").InnerTextAsync()).ShouldContain("heeft een onderbouwing nodig");
        (await Page.GetByLabel("Wijkt af").IsCheckedAsync()).ShouldBeTrue();
        await CheckPage("standpunt-met-fout");

        await Page.GetByLabel("Onderbouwing").FillAsync("Utrecht heeft de capaciteit niet voor 2027.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Standpunt vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync(decisionUrl + "#standpunten");
        var dissent = await Page.Locator(".governance-dissent").InnerTextAsync();
        dissent.ShouldContain("Gemeente Utrecht");
        dissent.ShouldContain("Utrecht heeft de capaciteit niet voor 2027.");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("Standpunt");
        await CheckPage("besluit-met-afwijkend-standpunt");

        // The log, filtered on the partner, lists the decision with its dissent.
        await Page.GotoAsync($"/programmas/{programmeId}/besluiten");
        await Page.GetByLabel("Partner").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Utrecht" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Page.WaitForURLAsync("**/besluiten?*");
        var row = Page.Locator("tbody tr", new() { HasText = "Regionale aanpak eerst" });
        (await row.InnerTextAsync()).ShouldContain("waarvan 1 afwijkend");
        await CheckPage("besluitenlog");
    }

    [Fact]
    public async Task a_reader_sees_the_log_but_not_the_form_and_may_not_open_it()
    {
        var (programmeId, _) = await ProgrammeWithPartnerPerson();
        await SignInAs(WebPeople.ReaderName);

        var list = await Page.GotoAsync($"/programmas/{programmeId}/besluiten");
        list!.Status.ShouldBe(200);
        (await Page.GetByRole(AriaRole.Link, new() { Name = "Besluit vastleggen" }).CountAsync()).ShouldBe(0);
        // A member without the right: 403 and the Dutch error page, not the form.
        var response = await Page.GotoAsync($"/programmas/{programmeId}/besluiten/nieuw");
        response!.Status.ShouldBe(403);
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Geen toegang");
        (await Page.Locator("#title").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task the_form_offers_the_mandates_that_are_not_revoked_by_their_holders_name()
    {
        var (programmeId, _) = await ProgrammeWithPartnerPerson();
        var url = $"/api/programmes/{programmeId}";
        var people = App.People;
        var vws = await App.Create(people.Opdrachtgever, $"{url}/partners",
            new { organisationName = "Ministerie van VWS", layer = "rijk", role = "opdrachtgever", joinedOn = "2020-01-05" });
        await App.Create(people.Opdrachtgever, $"{url}/mandates",
            new { holderId = vws, grantedByPartnerId = vws, scope = "Landelijke inzet", aspects = new[] { "financieel" }, validFrom = "2020-02-01" });
        var revoked = await App.Create(people.Opdrachtgever, $"{url}/mandates",
            new { holderId = vws, grantedByPartnerId = vws, scope = "Oud", aspects = new[] { "beleidsmatig" }, validFrom = "2020-01-10" });
        await App.Post(people.Opdrachtgever, $"{url}/mandates/{revoked}/revocation", new { reason = "Herzien" });
        await SignInAs(WebPeople.DirectorName);

        await Page.GotoAsync($"/programmas/{programmeId}/besluiten/nieuw");

        var offered = await Page.Locator("#mandateId option").AllInnerTextsAsync();
        offered.ShouldBe(["Geen mandaat genoemd", "Ministerie van VWS, geldig vanaf 1 februari 2020"]);
    }
}
