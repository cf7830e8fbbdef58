using Microsoft.Playwright;
using NodaTime;

namespace Governance.Web.Tests.Pages;

/// <summary>
/// Each role's week, end to end in the browser, as the person would do it (issue 19 §9): every page visited passes axe
/// at 1366 px and at 320 px, reflows at 320 px without sideways scrolling of the page, and is kept as a screenshot at
/// both widths (TestResults/screenshots/rol-*-1366.png and -320.png).
/// </summary>
public class Role_stories(WebApp app) : BrowserTest(app)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Page.SetViewportSizeAsync(1366, 900);
    }

    [Fact]
    public async Task the_programme_director_logs_a_decision_with_options_and_sees_a_partners_dissent()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var people = App.People;
        var programmeId = await people.RegisterProgramme(App, "Rolverhaal directeur " + suffix);
        var url = $"/api/programmes/{programmeId}";
        await App.Create(people.Director, $"{url}/bodies",
            new { name = "Stuurgroep", kind = "opdrachtgeversberaad", purpose = "Gezamenlijke sturing", meetingsPerYear = 6, aspects = new[] { "beleidsmatig" } });
        var utrecht = await App.Create(people.Director, $"{url}/partners",
            new { organisationName = "Gemeente Utrecht", layer = "gemeente", role = "ketenpartner", joinedOn = "2020-01-05" });
        var organisation = await App.Create(people.Administrator, "/api/organisations", new { name = "Gemeente Utrecht " + suffix, layer = "gemeente" });
        var partnerName = "Pim Partner " + suffix;
        var partner = await App.Create(people.Administrator, "/api/people", new { name = partnerName, email = $"pim-{suffix}@utrecht.test", organisationId = organisation });
        await App.Post(people.Administrator, $"{url}/members", new { personId = partner, role = "partner", partnerId = utrecht });

        // The director goes from the programme to its decision log and logs a decision, choosing among the options.
        await SignInAs(WebPeople.DirectorName);
        await Page.GotoAsync($"/programmas/{programmeId}");
        await Visited("rol-directeur-programma");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Besluiten", Exact = true }).First.ClickAsync();
        await Visited("rol-directeur-besluitenlog");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Page.Locator("#title").FillAsync("Regionale projectleiders aanstellen");
        await Page.Locator("#optie-1-naam").FillAsync("Regionale projectleiders");
        await Page.Locator("#optie-1-voor").FillAsync("Dicht bij de uitvoering");
        await Page.Locator("#optie-2-naam").FillAsync("Eén landelijk team");
        await Page.Locator("#optie-2-tegen").FillAsync("Ver van de gezinnen");
        await Page.Locator("#gekozen-1").CheckAsync();
        await Page.Locator("#rationale").FillAsync("De regio's kennen de gezinnen en hun hulpverleners.");
        await Page.Locator("#decidedBy").SelectOptionAsync(new SelectOptionValue { Label = "Stuurgroep" });
        await Visited("rol-directeur-besluit-invullen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/besluiten/[0-9a-f-]{36}$"));
        var decisionPath = new Uri(Page.Url).AbsolutePath;
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Het besluit is vastgelegd.");
        var decision = await Page.Locator("main").InnerTextAsync();
        decision.ShouldContain("Regionale projectleiders aanstellen");
        decision.ShouldContain("Eén landelijk team");
        await Visited("rol-directeur-besluit");

        // The partner, for Gemeente Utrecht, records that it does not agree, with its reasoning.
        await SignInAs(partnerName);
        await Page.GotoAsync(decisionPath);
        await Page.GetByLabel("Wijkt af").CheckAsync();
        await Page.GetByLabel("Onderbouwing").FillAsync("Utrecht heeft de capaciteit pas in 2027.");
        await Visited("rol-partner-standpunt");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Standpunt vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync($"**{decisionPath}#standpunten");
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        await Visited("rol-partner-standpunt-opgeslagen");

        // Back with the director: the decision shows which partner dissents, and why.
        await SignInAs(WebPeople.DirectorName);
        await Page.GotoAsync(decisionPath);
        var positions = await Page.Locator("ul.governance-positions").InnerTextAsync();
        positions.ShouldContain("Gemeente Utrecht");
        positions.ShouldContain("Utrecht heeft de capaciteit pas in 2027.");
        positions.ToLowerInvariant().ShouldContain("wijkt af");
        await Visited("rol-directeur-afwijkend-standpunt");
    }

    [Fact]
    public async Task the_opdrachtgever_finds_what_needs_attention_and_looks_at_a_past_date()
    {
        var history = await History.Create(App, "Rolverhaal opdrachtgever " + Guid.NewGuid().ToString("N")[..6]);
        App.Clock.Reset(WebApp.Start);
        await SignInAs(WebPeople.OpdrachtgeverName);

        // The portfolio: the programme's row of ten cells; the first one that asks attention leads to its indicator.
        await Visited("rol-opdrachtgever-portfolio");
        var cells = Page.Locator("tr", new() { HasText = history.Name }).Locator("td.heat");
        (await cells.CountAsync()).ShouldBe(10);
        var attention = cells.Filter(new() { Has = Page.Locator(".status", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^(Rood|Oranje)$") }) });
        (await attention.CountAsync()).ShouldBeGreaterThan(0, "a programme past its planned end without an end decision asks attention");
        var reason = (await attention.First.Locator(".heat__reason").InnerTextAsync()).Trim();
        await attention.First.GetByRole(AriaRole.Link).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/gezondheid#indicator-\d+$"));
        var number = new Uri(Page.Url).Fragment.TrimStart('#');
        (await Page.Locator($"#{number} .reden").InnerTextAsync()).ShouldContain(reason);
        await Visited("rol-opdrachtgever-gezondheid");

        // The same page as it stood on 1 June 2020, before the decision's review date and the borging plan.
        await Page.Locator("#opDatum").FillAsync("2020-06-01");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bekijken" }).ClickAsync();
        await Page.WaitForURLAsync("**opDatum=2020-06-01**");
        var main = await Page.Locator("main").InnerTextAsync();
        (await Page.Locator(".as-of-notice").InnerTextAsync()).ShouldContain("1 juni 2020");
        (await Page.Locator("section.indicator").CountAsync()).ShouldBe(10);
        await Visited("rol-opdrachtgever-gezondheid-op-datum");
    }

    [Fact]
    public async Task the_facilitator_plans_prepares_holds_and_reports_a_session()
    {
        var history = await History.Create(App, "Rolverhaal procesbegeleider " + Guid.NewGuid().ToString("N")[..6]);
        App.Clock.Reset(WebApp.Start);
        await SignInAs(WebPeople.FacilitatorName);

        // Plan.
        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/reflectie");
        await Visited("rol-procesbegeleider-sessies");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sessie plannen" }).ClickAsync();
        await Page.GetByLabel("Titel").FillAsync("Voorjaarsreflectie");
        await Page.GetByLabel("Begin").FillAsync("2026-03-10T14:00");
        await Page.GetByLabel("Locatie of link").FillAsync("Stadskantoor, zaal 3");
        await Page.GetByLabel(WebPeople.OpdrachtgeverName).CheckAsync();
        await Visited("rol-procesbegeleider-plannen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie plannen" }).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/programmas/{history.ProgrammeId}/reflectie/[0-9a-f-]{{36}}$"));
        var sessionPath = new Uri(Page.Url).AbsolutePath;
        await Visited("rol-procesbegeleider-sessie");

        // Prepare: the proposed agenda (the indicators that ask attention), saved as proposed.
        await Page.GotoAsync(sessionPath + "/agenda/voorbereiden");
        (await Page.Locator("main").InnerTextAsync()).ShouldContain("Voorjaarsreflectie");
        await Visited("rol-procesbegeleider-agenda-voorbereiden");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Agenda opslaan" }).ClickAsync();
        await Page.WaitForURLAsync($"**{sessionPath}/agenda");
        var agendaItems = await Page.Locator("main li").CountAsync();
        agendaItems.ShouldBeGreaterThan(0);
        await Visited("rol-procesbegeleider-agenda");

        // Hold it and report in one go on the verslag: who came, the questions, the items discussed, what was
        // learned and what follows.
        App.Clock.Reset(Instant.FromUtc(2026, 3, 10, 17, 0));
        await Page.GotoAsync(sessionPath);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Verslag maken" }).ClickAsync();
        await Page.WaitForURLAsync($"**{sessionPath}/verslag");
        await Visited("rol-procesbegeleider-verslag-maken");
        (await Page.GetByLabel(WebPeople.OpdrachtgeverName).IsCheckedAsync()).ShouldBeTrue("the invitee is the expected attendee");
        await Page.Locator("#vraag-4").CheckAsync();
        await Page.GetByLabel("Uitkomsten").FillAsync("We spreken elkaar vaker in de regio.");
        await Page.Locator("#punt-1-besproken").CheckAsync();
        await Page.Locator("#les-1").FillAsync("Samen reflecteren werkt beter dan apart rapporteren.");
        await Page.Locator("#actie-1-actie").FillAsync("Verslag delen met de partners");
        await Page.Locator("#actie-1-eigenaar").SelectOptionAsync(new SelectOptionValue { Label = WebPeople.FacilitatorName + " (procesbegeleider)" });
        await Page.Locator("#actie-1-uiterlijk").FillAsync("2026-03-24");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verslag vastleggen" }).ClickAsync();
        await Page.WaitForURLAsync($"**{sessionPath}");
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe("Het verslag is vastgelegd.");

        // The session page is the report: held, who came, the lesson and the action with its owner.
        var report = await Page.Locator("main").InnerTextAsync();
        report.ShouldContain(WebPeople.OpdrachtgeverName);
        report.ShouldContain("Samen reflecteren werkt beter dan apart rapporteren.");
        report.ShouldContain("Verslag delen met de partners");
        report.ShouldContain("We spreken elkaar vaker in de regio.");
        await Visited("rol-procesbegeleider-verslag");
    }

    [Fact]
    public async Task the_administrator_adds_a_person_and_gives_them_a_role_after_which_they_see_the_programme()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var programme = "Rolverhaal beheer " + suffix;
        await App.People.RegisterProgramme(App, programme);
        var organisation = "Provincie Utrecht " + suffix;
        await App.Create(App.People.Administrator, "/api/organisations", new { name = organisation, layer = "provincie" });
        await SignInAs(WebPeople.AdministratorName);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
        await Visited("rol-beheerder-beheer");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Personen" }).ClickAsync();
        var name = "Rosa Rolverhaal " + suffix;
        await Page.Locator("#name").FillAsync(name);
        await Page.Locator("#email").FillAsync($"rosa-{suffix}@provincie-utrecht.test");
        await Page.Locator("#organisationId").SelectOptionAsync(new SelectOptionValue { Label = organisation });
        await Visited("rol-beheerder-persoon-registreren");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Persoon registreren" }).ClickAsync();
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldContain($"{name} is geregistreerd");

        await Page.GotoAsync("/beheer/programmas");
        await Visited("rol-beheerder-programmas");
        await Page.GetByRole(AriaRole.Link, new() { Name = programme }).ClickAsync();
        await Page.Locator("#personId").SelectOptionAsync(new SelectOptionValue { Label = $"{name} ({organisation})" });
        await Page.Locator("#role").SelectOptionAsync(new SelectOptionValue { Label = "Meelezer" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rol geven" }).ClickAsync();
        (await Page.GetByRole(AriaRole.Status).InnerTextAsync()).ShouldBe($"{name} is nu meelezer in {programme}.");
        await Visited("rol-beheerder-leden");

        // The new person signs in and finds the programme among theirs.
        await Page.Context.ClearCookiesAsync();
        await SignInAs(name);
        await Page.GotoAsync("/programmas");
        (await Page.GetByRole(AriaRole.Link, new() { Name = programme }).CountAsync()).ShouldBe(1);
        await Visited("rol-nieuwe-meelezer-programmas");
    }

    /// <summary>
    /// The page now shown, as the person sees it on a desktop (1366 px) and on a phone (320 px): axe finds nothing
    /// serious at either width, the page does not scroll sideways at 320 px, and both are kept as screenshots.
    /// </summary>
    private async Task Visited(string name)
    {
        await CheckPage(name + "-1366");
        await Page.SetViewportSizeAsync(320, 800);
        (await Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue($"{name}: the page scrolls sideways at 320 px");
        await CheckPage(name + "-320");
        await Page.SetViewportSizeAsync(1366, 900);
    }
}
