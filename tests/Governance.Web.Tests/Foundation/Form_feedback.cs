using Microsoft.Playwright;

namespace Governance.Web.Tests.Foundation;

/// <summary>
/// What every form does (docs/web.md "Formulieren"): required fields marked, the limit counted, a refused form
/// opens with an error summary that has the focus and links to each field (title "Fout: …"), a save says so after
/// the redirect — once —, and cancelling a session asks for a confirmation first.
/// </summary>
public class Form_feedback(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task a_refused_decision_form_opens_with_a_focused_error_summary_and_a_saved_one_says_so_once()
    {
        var history = await History.Create(App, "Formulier " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.DirectorName);
        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/besluiten/nieuw");
        (await Page.Locator("label[for=title]").InnerTextAsync()).ShouldBe("Titel (verplicht)");
        (await Page.Locator("label[for=context]").InnerTextAsync()).ShouldBe("Context");
        (await Page.Locator("[data-counter-for=title]").InnerTextAsync()).ShouldBe("Nog 200 tekens (maximaal 200).");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        (await Page.TitleAsync()).ShouldStartWith("Fout: Besluit vastleggen");
        (await Page.EvaluateAsync<bool>("document.activeElement.hasAttribute('data-error-summary')")).ShouldBeTrue();
        var links = await Page.Locator("[data-error-summary] a").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        links.ShouldContain("#title");
        links.ShouldContain("#rationale");
        foreach (var link in links) (await Page.Locator(link).CountAsync()).ShouldBe(1, $"{link} leads to a field");
        await CheckPage("formulier-foutoverzicht");
        await Page.Locator("[data-error-summary] a[href='#title']").ClickAsync();
        (await Page.EvaluateAsync<string>("document.activeElement.id")).ShouldBe("title");

        await Page.Locator("#title").FillAsync("Wijkteams in de regio");
        await Page.Locator("#optie-1-naam").FillAsync("Wijkteams");
        await Page.Locator("#rationale").FillAsync("Dichtbij de mensen");
        await Page.Locator("#decidedBy").SelectOptionAsync(new SelectOptionValue { Label = "Ministerie van VWS" });
        await Page.Locator("#decidedOn").FillAsync("2026-02-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Het besluit is vastgelegd.");
        Page.Url.ShouldMatch("/besluiten/[0-9a-f-]{36}(#.*)?$");
        (await Page.TitleAsync()).ShouldNotStartWith("Fout");

        await Page.ReloadAsync();
        (await Page.Locator(".governance-saved").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task cancelling_a_session_needs_a_ticked_confirmation()
    {
        var history = await History.Create(App, "Annuleren " + Guid.NewGuid().ToString("N")[..6]);
        var session = await App.Create(App.People.Facilitator, $"/api/programmes/{history.ProgrammeId}/reflection-sessions", new
        {
            title = "Najaarsreflectie", startsAt = "2026-10-15T14:00", lengthMinutes = 90, location = "Stadhuis",
            facilitator = WebPeople.FacilitatorName, invitees = new[] { "Ministerie van VWS" },
        });
        await SignInAs(WebPeople.FacilitatorName);
        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/reflectie/{session}/bijwerken");

        await Page.Locator("#cancelReason").FillAsync("De zaal is niet beschikbaar");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie annuleren" }).ClickAsync();
        (await Page.Locator("#bevestigd-fout, #annuleren-bevestigd-fout").First.InnerTextAsync()).ShouldContain("Vink aan");
        (await Page.Locator("[data-error-summary] a").GetAttributeAsync("href")).ShouldBe("#annuleren-bevestigd");
        (await Page.Locator("#cancelReason").InputValueAsync()).ShouldBe("De zaal is niet beschikbaar");
        await CheckPage("sessie-annuleren-bevestigen");

        await Page.Locator("#annuleren-bevestigd").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie annuleren" }).ClickAsync();
        await Page.WaitForURLAsync($"**/reflectie/{session}");
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain("geannuleerd");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("Geannuleerd");
    }
}
