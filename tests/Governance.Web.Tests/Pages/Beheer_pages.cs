using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

public class Beheer_pages(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task the_administrator_registers_an_organisation_and_a_person_gives_them_a_role_corrects_them_and_withdraws_their_access()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await App.People.RegisterProgramme(App, "Beheerbaar " + suffix);
        await SignInAs(WebPeople.AdministratorName);

        // The way in: Beheer in the main menu.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
        await Page.WaitForURLAsync("**/beheer");
        await CheckPage("beheer");

        // An organisation: an empty form first — the error summary lists each error as a link to its field, has the focus, and the title says Fout.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Organisaties" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Organisatie registreren" }).ClickAsync();
        (await Page.TitleAsync()).ShouldStartWith("Fout: ");
        var summary = Page.Locator("[data-error-summary]");
        (await Page.EvaluateAsync<bool>("document.activeElement === document.querySelector('[data-error-summary]')")).ShouldBeTrue();
        (await summary.Locator("a").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))")).ShouldBe(["#name", "#layer"], ignoreOrder: true);
        await CheckPage("beheer-organisatie-fouten");
        await summary.Locator("a[href='#name']").ClickAsync();
        (await Page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("name");
        (await Page.Locator("label[for=name]").InnerTextAsync()).ShouldContain("(verplicht)");

        var organisation = "Gemeente Beheerstad " + suffix;
        await Page.Locator("#name").FillAsync(organisation);
        (await Page.Locator("[data-counter-for=name]").InnerTextAsync()).ShouldBe($"Nog {200 - organisation.Length} tekens (maximaal 200).");
        await Page.Locator("#layer").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Organisatie registreren" }).ClickAsync();
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe($"Organisatie {organisation} is geregistreerd.");
        (await Page.TitleAsync()).ShouldNotStartWith("Fout");
        (await Page.Locator("tr", new() { HasText = organisation }).CountAsync()).ShouldBe(1);

        // A person of that organisation.
        await Page.GotoAsync("/beheer/personen");
        var name = "Nina Nieuw " + suffix;
        await Page.Locator("#name").FillAsync(name);
        await Page.Locator("#email").FillAsync($"nina-{suffix}@beheerstad.test");
        await Page.Locator("#organisationId").SelectOptionAsync(new SelectOptionValue { Label = organisation });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Persoon registreren" }).ClickAsync();
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain($"{name} is geregistreerd");
        await CheckPage("beheer-personen");

        // A role in the programme.
        await Page.GotoAsync("/beheer/programmas");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Beheerbaar " + suffix }).ClickAsync();
        await Page.Locator("#personId").SelectOptionAsync(new SelectOptionValue { Label = $"{name} ({organisation})" });
        await Page.Locator("#role").SelectOptionAsync(new SelectOptionValue { Label = "Meelezer" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rol geven" }).ClickAsync();
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe($"{name} is nu meelezer in Beheerbaar {suffix}.");
        (await Page.Locator("tr", new() { HasText = name }).InnerTextAsync()).ShouldContain("Meelezer");
        await CheckPage("beheer-leden");

        // Taking the role away asks first: the row's button opens a confirmation step with the focus on it, and
        // nothing is written until the confirmation is ticked.
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Rol afnemen van {name}" }).ClickAsync();
        (await Page.Locator("#afnemen-kop").InnerTextAsync()).ShouldBe($"Rol van {name} afnemen?");
        (await Page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("afnemen");
        await CheckPage("beheer-leden-afnemen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rol afnemen", Exact = true }).ClickAsync();
        (await Page.TitleAsync()).ShouldStartWith("Fout: ");
        (await Page.Locator("#afnemen-bevestigd-fout").InnerTextAsync()).ShouldContain("Vink aan");
        (await Page.Locator("tr", new() { HasText = name }).InnerTextAsync()).ShouldContain("Meelezer");
        await Page.Locator("#afnemen-bevestigd").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rol afnemen", Exact = true }).ClickAsync();
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe($"{name} heeft geen rol meer in Beheerbaar {suffix}.");
        (await Page.Locator("tr", new() { HasText = name }).CountAsync()).ShouldBe(0);

        // Correct the name, then withdraw access: not without ticking the confirmation.
        await Page.GotoAsync("/beheer/personen");
        await Page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Page.Locator("#name").FillAsync(name + " de Wit");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gegevens opslaan" }).ClickAsync();
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("De gegevens zijn opgeslagen.");
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe(name + " de Wit");

        await Page.Locator("#reason").FillAsync("Uit dienst");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Toegang intrekken" }).ClickAsync();
        (await Page.Locator("#bevestigd-fout").InnerTextAsync()).ShouldContain("Vink aan");
        (await Page.Locator("main").InnerTextAsync()).ShouldNotContain("Ingetrokken");
        await CheckPage("beheer-persoon-bevestigen");
        await Page.Locator("#bevestigd").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Toegang intrekken" }).ClickAsync();
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe($"De toegang van {name} de Wit is ingetrokken.");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("Ingetrokken");
    }

    [Fact]
    public async Task others_get_the_same_answers_as_from_the_api_403_for_the_register_404_for_a_programme_they_are_not_in_403_without_the_right()
    {
        var programmeId = await App.People.RegisterProgramme(App, "Afgeschermd " + Guid.NewGuid().ToString("N")[..6]);

        await SignInAs(WebPeople.OutsiderName);
        (await Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).CountAsync()).ShouldBe(0);
        foreach (var path in new[] { "/beheer", "/beheer/organisaties", "/beheer/personen", "/beheer/programmas", $"/beheer/personen/{App.People.Director}" })
            (await Page.GotoAsync(path))!.Status.ShouldBe(403, path);
        (await Page.GotoAsync($"/beheer/programmas/{programmeId}"))!.Status.ShouldBe(404);
        (await Page.Locator("h1").InnerTextAsync()).ShouldBe("Pagina niet gevonden");

        await Page.Context.ClearCookiesAsync();
        await SignInAs(WebPeople.DirectorName);
        (await Page.GotoAsync($"/beheer/programmas/{programmeId}"))!.Status.ShouldBe(403);

        // The opdrachtgever manages the members of their own programme, as the API lets them.
        await Page.Context.ClearCookiesAsync();
        await SignInAs(WebPeople.OpdrachtgeverName);
        (await Page.GotoAsync($"/beheer/programmas/{programmeId}"))!.Status.ShouldBe(200);
        (await Page.Locator("tr", new() { HasText = WebPeople.DirectorName }).InnerTextAsync()).ShouldContain("Programmadirecteur");
    }
}
