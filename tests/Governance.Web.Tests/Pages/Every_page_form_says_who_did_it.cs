using System.Reflection;
using Governance.Projections.Audit;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;

namespace Governance.Web.Tests.Pages;

/// <summary>
/// Who did it, through the pages: every page form that writes is submitted in the browser by the person whose work it
/// is, and the raw events it appended (mt_events, not the audit projection) must carry that person's name, id and
/// organisation and the request's correlation id. The list of forms is not written by hand: every page handler that
/// accepts a POST is found by reflection, and the test fails for one it neither submits nor declares as writing no
/// event — so a new form cannot be added without being checked here.
/// </summary>
public class Every_page_form_says_who_did_it(WebApp app) : BrowserTest(app)
{
    /// <summary>Handlers that append no event: sign-in, sign-out, the error page (shown for a failed POST too), a
    /// notification marked read and a calendar feed address issued (documents, not events).</summary>
    private static readonly HashSet<string> WritesNoEvent =
    [
        "AanmeldenModel.OnPostAsync", "AfmeldenModel.OnPostAsync", "FoutModel.OnPost", "MeldingenModel.OnPostGelezenAsync",
        "Reflectie.IndexModel.OnPostAbonnementAsync",
    ];

    private readonly HashSet<string> _submitted = [];

    [Fact]
    public async Task each_form_that_writes_stamps_the_person_and_organisation_on_the_raw_events()
    {
        var people = App.People;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var ghnt = "Gezamenlijk tegen geweld " + suffix;
        var zorg = "Zorg dichtbij " + suffix;
        var programmeId = await people.RegisterProgramme(App, ghnt);
        var otherProgrammeId = await people.RegisterProgramme(App, zorg);
        foreach (var id in new[] { programmeId, otherProgrammeId })
            await App.Create(people.Director, $"/api/programmes/{id}/partners",
                new { organisationName = "Ministerie van VWS", layer = "rijk", role = "opdrachtgever", joinedOn = "2020-01-01" });
        var url = $"/api/programmes/{programmeId}";
        await App.Create(people.Director, $"{url}/bodies",
            new { name = "Stuurgroep", kind = "opdrachtgeversberaad", purpose = "Gezamenlijke sturing", meetingsPerYear = 6, aspects = new[] { "beleidsmatig" } });
        var utrecht = await App.Create(people.Director, $"{url}/partners",
            new { organisationName = "Gemeente Utrecht", layer = "gemeente", role = "ketenpartner", joinedOn = "2020-01-05" });
        var organisation = await App.Create(people.Administrator, "/api/organisations", new { name = "Gemeente Utrecht " + suffix, layer = "gemeente" });
        var partnerName = "Paula Partner " + suffix;
        var partnerPerson = await App.Create(people.Administrator, "/api/people", new { name = partnerName, email = $"paula-{suffix}@utrecht.test", organisationId = organisation });
        await App.Post(people.Administrator, $"{url}/members", new { personId = partnerPerson, role = "partner", partnerId = utrecht });

        var director = new Person(WebPeople.DirectorName, people.Director, "Programmateam GHNT");
        var facilitator = new Person(WebPeople.FacilitatorName, people.Facilitator, "Bureau Procesbegeleiding");
        var partner = new Person(partnerName, partnerPerson, "Gemeente Utrecht " + suffix);

        // The director logs a decision.
        await SignInAs(director.Name);
        var decisionUrl = "";
        await Submitted("Besluiten.NieuwModel.OnPostAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/besluiten/nieuw");
            await Page.Locator("#title").FillAsync("Regionale aanpak eerst");
            await Page.Locator("#optie-1-naam").FillAsync("Regionaal");
            await Page.Locator("#optie-2-naam").FillAsync("Landelijk");
            await Page.Locator("#gekozen-1").CheckAsync();
            await Page.Locator("#rationale").FillAsync("De regio's kennen de gezinnen.");
            await Page.Locator("#decidedBy").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await Page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
            await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/besluiten/[0-9a-f-]{{36}}$"));
            decisionUrl = new Uri(Page.Url).AbsolutePath;
        });

        // The director records the governance events that decide doorzettingskracht and tension (page Bestuurlijke gebeurtenissen).
        await App.Create(people.Director, $"{url}/tensions",
            new { subject = "Subsidieregeling", description = "Moeizaam met VWS", raisedBy = "Programmadirecteur", raisedOn = "2026-02-01" });
        async Task Record(string button, string saved)
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Page.GetByText(saved).WaitForAsync();
        }
        await Submitted("Programmas.BestuurModel.OnPostHerbevestigingAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#reconfirmPartnerId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await Page.Locator("#herbevestigd-nee").CheckAsync();
            await Page.Locator("#reconfirmOn").FillAsync("2026-02-20");
            await Page.Locator("#reconfirmNote").FillAsync("De nieuwe DG ziet het als programma van het departement.");
            await Record("Bevestiging vastleggen", "Vastgelegd of de opdracht opnieuw is bevestigd.");
        });
        await Submitted("Programmas.BestuurModel.OnPostOpschalenAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#escalateTensionId").SelectOptionAsync(new SelectOptionValue { Label = "Subsidieregeling" });
            await Page.Locator("#escalatedTo").FillAsync("de opdrachtgevers");
            await Page.Locator("#escalatedOn").FillAsync("2026-02-21");
            await Record("Opschaling vastleggen", "De opschaling is vastgelegd.");
        });
        await Submitted("Programmas.BestuurModel.OnPostAntwoordAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#answerTensionId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await Page.Locator("#escalationAnswer").FillAsync("De regeling wordt aangepast.");
            await Page.Locator("#answeredOn").FillAsync("2026-02-25");
            await Record("Antwoord vastleggen", "Het antwoord op de opschaling is vastgelegd.");
        });
        await Submitted("Programmas.BestuurModel.OnPostDrukAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#druk-DirectorThreatenedToResign").CheckAsync();
            await Page.Locator("#strainDescription").FillAsync("Moeizame samenwerking over de subsidieregeling.");
            await Page.Locator("#strainOn").FillAsync("2026-02-22");
            await Record("Druk vastleggen", "De druk op de opdrachtnemer is vastgelegd.");
        });
        await Submitted("Programmas.BestuurModel.OnPostOpvolgingAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#followUpStrainId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await Page.Locator("#followUp").FillAsync("Gesprek tussen de DG en de directeur.");
            await Page.Locator("#followUpOn").FillAsync("2026-02-24");
            await Record("Opvolging vastleggen", "De opvolging is vastgelegd.");
        });
        await Submitted("Programmas.BestuurModel.OnPostMiddelAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#instrumentName").FillAsync("Subsidieregeling regionale projectleiders");
            await Page.Locator("#middel-RegionaleProjectleiders").CheckAsync();
            await Page.Locator("#establishedOn").FillAsync("2026-01-15");
            await Record("Middel vastleggen", "Het middel is vastgelegd.");
        });
        await Submitted("Programmas.BestuurModel.OnPostBetwistAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#contestInstrumentId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await Page.Locator("#contestPartnerId").SelectOptionAsync(new SelectOptionValue { Label = "Ministerie van VWS" });
            await Page.Locator("#contestReason").FillAsync("De voorwaarden zijn te ruim.");
            await Page.Locator("#contestedOn").FillAsync("2026-01-20");
            await Record("Betwisting vastleggen", "De betwisting van het middel is vastgelegd.");
        });
        await Submitted("Programmas.BestuurModel.OnPostBeslechtAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#settleInstrumentId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await Page.Locator("#settleOutcome").FillAsync("Voorwaarden aangescherpt.");
            await Page.Locator("#settledOn").FillAsync("2026-02-10");
            await Record("Beslechting vastleggen", "Vastgelegd hoe de betwisting is beslecht.");
        });
        await Submitted("Programmas.BestuurModel.OnPostGroepAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#groupName").FillAsync("Spiegelgroep ervaringsdeskundigheid");
            await Page.Locator("#groupPerspective").FillAsync("slachtoffers en plegers");
            await Page.Locator("#groupEstablishedOn").FillAsync("2026-01-05");
            await Record("Groep vastleggen", "De groep is vastgelegd.");
        });
        await Submitted("Programmas.BestuurModel.OnPostGroepEindeAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#endGroupId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await Page.Locator("#endGroupReason").FillAsync("Opgegaan in een landelijk panel.");
            await Page.Locator("#groupEndedOn").FillAsync("2026-02-26");
            await Record("Einde vastleggen", "Het einde van de groep is vastgelegd.");
        });
        // Whether the partners share the opgave: endorsed, withdrawn, dissent and its resolution.
        await App.Post(people.Director, $"{url}/opgave", new { opgave = "Geweld stoppen", ambition = "Cirkel doorbreken", intendedSocietalEffect = "Minder geweld", kaders = "Wet", ruimte = "Regio" });
        await Submitted("Programmas.BestuurModel.OnPostOnderschrijvenAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#endorsePartnerId").SelectOptionAsync(new SelectOptionValue { Label = "Ministerie van VWS" });
            await Page.Locator("#endorsedOn").FillAsync("2026-01-10");
            await Record("Onderschrijving vastleggen", "Vastgelegd dat de partner de opgave onderschrijft.");
        });
        await Submitted("Programmas.BestuurModel.OnPostIntrekkenAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#withdrawPartnerId").SelectOptionAsync(new SelectOptionValue { Label = "Ministerie van VWS" });
            await Page.Locator("#withdrawReason").FillAsync("De nieuwe DG wil de opgave eerst herijken.");
            await Page.Locator("#withdrawnOn").FillAsync("2026-02-12");
            await Record("Intrekking vastleggen", "Vastgelegd dat de partner de onderschrijving heeft ingetrokken.");
        });
        await Submitted("Programmas.BestuurModel.OnPostOnenigheidAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#dissentPartnerId").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Utrecht" });
            await Page.Locator("#dissentReason").FillAsync("De ambitie is te landelijk geformuleerd.");
            await Page.Locator("#dissentOn").FillAsync("2026-02-13");
            await Record("Onenigheid vastleggen", "De onenigheid over de opgave is vastgelegd.");
        });
        await Submitted("Programmas.BestuurModel.OnPostOpgelostAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#resolvePartnerId").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Utrecht" });
            await Page.Locator("#resolvedHow").FillAsync("De ambitie is samen met de regio aangescherpt.");
            await Page.Locator("#resolvedOn").FillAsync("2026-02-14");
            await Record("Oplossing vastleggen", "Vastgelegd hoe de onenigheid is opgelost.");
        });
        await Submitted("Programmas.BestuurModel.OnPostEffectAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#whatWasMeasured").FillAsync("Impactmonitor");
            await Page.Locator("#finding").FillAsync("Minder herhaald geweld.");
            await Page.Locator("#measuredOn").FillAsync("2026-02-15");
            await Record("Effectmeting vastleggen", "De effectmeting is vastgelegd.");
        });
        await Submitted("Programmas.BestuurModel.OnPostLessenAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{programmeId}/bestuur");
            await Page.Locator("#audience").FillAsync("Andere programma's");
            await Page.Locator("#howShared").FillAsync("Een publicatie.");
            await Page.Locator("#sharedOn").FillAsync("2026-02-16");
            await Record("Gedeelde lessen vastleggen", "Vastgelegd met wie de lessen zijn gedeeld.");
        });
        var withoutEnd = await people.RegisterProgramme(App, "Einde onbekend " + suffix, plannedEndDate: null);
        await Submitted("Programmas.BestuurModel.OnPostEinddatumAsync", director, async () =>
        {
            await Page.GotoAsync($"/programmas/{withoutEnd}/bestuur");
            await Page.Locator("#plannedEndOn").FillAsync("2027-12-31");
            await Record("Geplande einddatum vastleggen", "De geplande einddatum is vastgelegd.");
        });

        // The partner records its position on it.
        await SignInAs(partner.Name);
        await Submitted("Besluiten.StandpuntModel.OnPostAsync", partner, async () =>
        {
            await Page.GotoAsync(decisionUrl + "/standpunt");
            await Page.GetByLabel("Wijkt af").CheckAsync();
            await Page.GetByLabel("Onderbouwing").FillAsync("Utrecht heeft de capaciteit niet voor 2027.");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Standpunt vastleggen" }).ClickAsync();
            await Page.WaitForURLAsync($"**{decisionUrl}#standpunten");
        });

        // The facilitator plans two sessions, prepares an agenda, moves one, cancels the other, and records the first.
        await SignInAs(facilitator.Name);
        async Task<string> Plan(string title) 
        {
            await Page.GotoAsync($"/programmas/{programmeId}/reflectie/plannen");
            await Page.GetByLabel("Titel").FillAsync(title);
            await Page.GetByLabel("Begin").FillAsync("2026-03-10T14:00");
            await Page.GetByLabel("Locatie of link").FillAsync("Stadskantoor, zaal 3");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie plannen" }).ClickAsync();
            await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/programmas/{programmeId}/reflectie/[0-9a-f-]{{36}}$"));
            return new Uri(Page.Url).AbsolutePath;
        }
        var sessionUrl = "";
        await Submitted("Reflectie.PlannenModel.OnPostAsync", facilitator, async () => sessionUrl = await Plan("Voorjaarsreflectie"));
        var toCancelUrl = await Plan("Extra reflectie");
        await Submitted("Reflectie.AgendaVoorbereidenModel.OnPostAsync", facilitator, async () =>
        {
            await Page.GotoAsync(sessionUrl + "/agenda/voorbereiden");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Agenda opslaan" }).ClickAsync();
            await Page.WaitForURLAsync($"**{sessionUrl}/agenda");
        });
        await Submitted("Reflectie.BijwerkenModel.OnPostVerplaatsenAsync", facilitator, async () =>
        {
            await Page.GotoAsync(sessionUrl + "/bijwerken");
            await Page.Locator("#startsAt").FillAsync("2026-03-11T14:00");
            await Page.Locator("#moveReason").FillAsync("De zaal is bezet.");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Verplaatsen" }).ClickAsync();
            await Page.WaitForURLAsync($"**{sessionUrl}");
        });
        await Submitted("Reflectie.BijwerkenModel.OnPostAnnulerenAsync", facilitator, async () =>
        {
            await Page.GotoAsync(toCancelUrl + "/bijwerken");
            await Page.Locator("#cancelReason").FillAsync("Samengevoegd met de voorjaarsreflectie.");
            await Page.Locator("#annuleren-bevestigd").CheckAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie annuleren" }).ClickAsync();
            await Page.WaitForURLAsync($"**{toCancelUrl}");
        });

        App.Clock.Reset(Instant.FromUtc(2026, 3, 11, 17, 0));
        await Submitted("Reflectie.BijwerkenModel.OnPostGehoudenAsync", facilitator, async () =>
        {
            await Page.GotoAsync(sessionUrl + "/bijwerken");
            await Page.Locator("#vraag-4").CheckAsync();
            await Page.GetByLabel(WebPeople.OpdrachtgeverName).CheckAsync();
            await Page.GetByLabel(WebPeople.FacilitatorName).CheckAsync();
            await Page.GetByLabel("Uitkomsten").FillAsync("We spreken elkaar vaker in de regio.");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie gehouden" }).ClickAsync();
            await Page.WaitForURLAsync($"**{sessionUrl}");
        });
        await Submitted("Reflectie.BijwerkenModel.OnPostLesAsync", facilitator, async () =>
        {
            await Page.GotoAsync(sessionUrl + "/bijwerken");
            await Page.Locator("#lesson").FillAsync("Samen reflecteren werkt.");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Les vastleggen" }).ClickAsync();
            await Page.WaitForURLAsync($"**{sessionUrl}");
        });
        await Submitted("Reflectie.BijwerkenModel.OnPostBesprokenAsync", facilitator, async () =>
        {
            await Page.GotoAsync(sessionUrl + "/bijwerken");
            await Page.Locator("input[id^='besproken-']").First.CheckAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Besproken punten vastleggen" }).ClickAsync();
            await Page.WaitForURLAsync($"**{sessionUrl}");
        });
        await Submitted("Reflectie.BijwerkenModel.OnPostActieAsync", facilitator, async () =>
        {
            await Page.GotoAsync(sessionUrl + "/bijwerken");
            await Page.Locator("#action").FillAsync("Verslag delen met de partners");
            await Page.Locator("#ownerPersonId").SelectOptionAsync(new SelectOptionValue { Label = WebPeople.FacilitatorName + " (procesbegeleider)" });
            await Page.Locator("#dueOn").FillAsync("2026-03-25");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Actie afspreken" }).ClickAsync();
            await Page.WaitForURLAsync($"**{sessionUrl}");
        });
        await Submitted("Reflectie.VerslagModel.OnPostAsync", facilitator, async () =>
        {
            await Page.GotoAsync(sessionUrl + "/verslag");
            await Page.Locator("#les-1").FillAsync("Een verslag in één keer scheelt tijd.");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Verslag vastleggen" }).ClickAsync();
            await Page.WaitForURLAsync($"**{sessionUrl}");
        });

        // A joint session of both programmes, through its own forms.
        App.Clock.Reset(WebApp.Start);
        var jointUrl = "";
        await Submitted("Reflectie.Gezamenlijk.PlannenModel.OnPostAsync", facilitator, async () =>
        {
            await Page.GotoAsync("/reflectie/gezamenlijk/plannen");
            await Page.GetByLabel(ghnt).CheckAsync();
            await Page.GetByLabel(zorg).CheckAsync();
            await Page.GetByLabel("Titel").FillAsync("Gezamenlijke voorjaarsreflectie");
            await Page.GetByLabel("Begin").FillAsync("2026-03-10T14:00");
            await Page.GetByLabel("Locatie of link").FillAsync("Stadskantoor, zaal 3");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Gezamenlijke sessie plannen" }).ClickAsync();
            await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/reflectie/gezamenlijk/[0-9a-f-]{36}$"));
            jointUrl = new Uri(Page.Url).AbsolutePath;
        }, expectedStreams: 2);
        await Submitted("Reflectie.Gezamenlijk.AgendaVoorbereidenModel.OnPostAsync", facilitator, async () =>
        {
            await Page.GotoAsync(jointUrl + "/agenda/voorbereiden");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Agenda opslaan" }).ClickAsync();
            await Page.WaitForURLAsync($"**{jointUrl}/agenda");
        });
        App.Clock.Reset(Instant.FromUtc(2026, 3, 10, 17, 0));
        await Submitted("Reflectie.Gezamenlijk.BijwerkenModel.OnPostGehoudenAsync", facilitator, async () =>
        {
            await Page.GotoAsync(jointUrl + "/bijwerken");
            await Page.Locator("#vraag-4").CheckAsync();
            await Page.GetByLabel(WebPeople.OpdrachtgeverName).CheckAsync();
            await Page.GetByLabel(WebPeople.FacilitatorName).CheckAsync();
            await Page.GetByLabel("Uitkomsten").FillAsync("De programma's delen hun regionale aanpak.");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Sessie gehouden" }).ClickAsync();
            await Page.WaitForURLAsync($"**{jointUrl}");
        });
        await Submitted("Reflectie.Gezamenlijk.BijwerkenModel.OnPostLesAsync", facilitator, async () =>
        {
            await Page.GotoAsync(jointUrl + "/bijwerken");
            await Page.Locator("#les-programma").SelectOptionAsync(new SelectOptionValue { Label = ghnt });
            await Page.Locator("#lesson").FillAsync("Samen reflecteren spaart dubbel werk.");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Les vastleggen" }).ClickAsync();
            await Page.WaitForURLAsync($"**{jointUrl}");
        });
        await Submitted("Reflectie.Gezamenlijk.BijwerkenModel.OnPostBesprokenAsync", facilitator, async () =>
        {
            await Page.GotoAsync(jointUrl + "/bijwerken");
            await Page.Locator("input[id^='besproken-']").First.CheckAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Besproken punten vastleggen" }).ClickAsync();
            await Page.WaitForURLAsync($"**{jointUrl}");
        });

        // The administrator keeps the register and gives and takes roles (Beheer).
        var administrator = new Person(WebPeople.AdministratorName, await App.AdministratorId(), WebPeople.AdministratorOrganisation);
        await SignInAs(administrator.Name);
        var newOrganisation = "Gemeente Nieuwegein " + suffix;
        await Submitted("Beheer.OrganisatiesModel.OnPostAsync", administrator, async () =>
        {
            await Page.GotoAsync("/beheer/organisaties");
            await Page.Locator("#name").FillAsync(newOrganisation);
            await Page.Locator("#layer").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente" });
            await Page.GetByRole(AriaRole.Button, new() { Name = "Organisatie registreren" }).ClickAsync();
            await Page.GetByText($"Organisatie {newOrganisation} is geregistreerd.").WaitForAsync();
        });
        var newcomer = "Noor Nieuw " + suffix;
        await Submitted("Beheer.PersonenModel.OnPostAsync", administrator, async () =>
        {
            await Page.GotoAsync("/beheer/personen");
            await Page.Locator("#name").FillAsync(newcomer);
            await Page.Locator("#email").FillAsync($"noor-{suffix}@nieuwegein.test");
            await Page.Locator("#organisationId").SelectOptionAsync(new SelectOptionValue { Label = newOrganisation });
            await Page.GetByRole(AriaRole.Button, new() { Name = "Persoon registreren" }).ClickAsync();
            await Page.GetByText($"{newcomer} is geregistreerd").WaitForAsync();
        });
        await Submitted("Beheer.LedenModel.OnPostToevoegenAsync", administrator, async () =>
        {
            await Page.GotoAsync($"/beheer/programmas/{programmeId}");
            await Page.Locator("#personId").SelectOptionAsync(new SelectOptionValue { Label = $"{newcomer} ({newOrganisation})" });
            await Page.Locator("#role").SelectOptionAsync(new SelectOptionValue { Label = "Meelezer" });
            await Page.GetByRole(AriaRole.Button, new() { Name = "Rol geven" }).ClickAsync();
            await Page.GetByText($"{newcomer} is nu meelezer").WaitForAsync();
        });
        await Submitted("Beheer.LedenModel.OnPostVerwijderenAsync", administrator, async () =>
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = $"Rol afnemen van {newcomer}" }).ClickAsync();
            await Page.Locator("#afnemen-bevestigd").CheckAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Rol afnemen", Exact = true }).ClickAsync();
            await Page.GetByText($"{newcomer} heeft geen rol meer").WaitForAsync();
        });
        await Submitted("Beheer.PersoonModel.OnPostVerbeterenAsync", administrator, async () =>
        {
            await Page.GotoAsync("/beheer/personen");
            await Page.GetByRole(AriaRole.Link, new() { Name = newcomer }).ClickAsync();
            await Page.Locator("#name").FillAsync(newcomer + " de Wit");
            await Page.GetByRole(AriaRole.Button, new() { Name = "Gegevens opslaan" }).ClickAsync();
            await Page.GetByText("De gegevens zijn opgeslagen.").WaitForAsync();
        });
        await Submitted("Beheer.PersoonModel.OnPostIntrekkenAsync", administrator, async () =>
        {
            await Page.Locator("#reason").FillAsync("Uit dienst");
            await Page.Locator("#bevestigd").CheckAsync();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Toegang intrekken" }).ClickAsync();
            await Page.GetByText($"De toegang van {newcomer} de Wit is ingetrokken.").WaitForAsync();
        });

        // The opdrachtgever reads who decided what: the audit row of the dissent names the decision and the partner and
        // links to them, and the decision's history says which partner took which position and who recorded it.
        await SignInAs(WebPeople.OpdrachtgeverName);
        await Page.GotoAsync($"/programmas/{programmeId}/audit?soort=PartnerPositionRecorded");
        var row = Page.Locator("tbody tr").First;
        var cells = await row.Locator("td").AllInnerTextsAsync();
        cells[1].ShouldBe("Standpunt over een besluit vastgelegd: wijkt af");
        cells[2].ShouldBe($"besluit Regionale aanpak eerst, partner Gemeente Utrecht");
        cells[3].ShouldBe(partner.Name);
        cells[4].ShouldBe(partner.Organisation);
        await CheckPage("audittrail-waarover");
        await row.GetByRole(AriaRole.Link, new() { Name = "Regionale aanpak eerst" }).ClickAsync();
        await Page.WaitForURLAsync($"**{decisionUrl}");
        var history = await Page.Locator("ol.governance-timeline").Last.InnerTextAsync();
        history.ShouldContain($"Vastgelegd als genomen besluit van Stuurgroep. — vastgelegd door {director.Name} ({director.Organisation})");
        history.ShouldContain($"Standpunt van Gemeente Utrecht: wijkt af. — vastgelegd door {partner.Name} ({partner.Organisation})");

        var handlers = PostHandlers();
        handlers.Except(_submitted).Except(WritesNoEvent).ShouldBeEmpty(
            "page forms that write but are not submitted here: add each to this test, or to WritesNoEvent if it appends no event");
        _submitted.Except(handlers).ShouldBeEmpty("submitted handlers that no longer exist");
    }

    [Fact]
    public async Task what_the_application_writes_on_its_own_carries_its_own_name()
    {
        // The first administrator is registered at start-up, with no request and no person behind it.
        var store = App.Services.GetRequiredService<IDocumentStore>();
        await using var query = store.QuerySession();
        var administrator = await App.AdministratorId();
        var events = await query.Events.FetchStreamAsync(administrator);
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(e => e.UserName == "Programmagovernance (eerste beheerder)" && !string.IsNullOrEmpty(e.CorrelationId));
    }

    private sealed record Person(string Name, Guid Id, string Organisation);

    /// <summary>Runs the submission and checks every raw event it appended: at least one, each stamped with the person.</summary>
    private async Task Submitted(string handler, Person person, Func<Task> submit, int expectedStreams = 1)
    {
        var store = App.Services.GetRequiredService<IDocumentStore>();
        long before;
        await using (var query = store.QuerySession())
            before = (await query.Events.QueryAllRawEvents().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync())?.Sequence ?? 0;

        try
        {
            await submit();
        }
        catch (TimeoutException)
        {
            var messages = await Page.Locator(".utrecht-form-field-error-message, .utrecht-alert").AllInnerTextsAsync();
            throw new ShouldAssertException($"{handler} was not accepted: {string.Join(" | ", messages)}");
        }

        await using var session = store.QuerySession();
        var appended = await session.Events.QueryAllRawEvents().Where(e => e.Sequence > before).ToListAsync();
        appended.ShouldNotBeEmpty($"{handler} appended no event");
        appended.Select(e => e.StreamId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(expectedStreams, handler);
        foreach (var e in appended)
        {
            e.UserName.ShouldBe(person.Name, $"{handler}: {e.EventTypeName}");
            Header(e, AuditTrailProjection.PersonIdHeader).ShouldBe(person.Id.ToString(), $"{handler}: {e.EventTypeName}");
            Header(e, AuditTrailProjection.OrganisationHeader).ShouldBe(person.Organisation, $"{handler}: {e.EventTypeName}");
            e.CorrelationId.ShouldNotBeNullOrEmpty($"{handler}: {e.EventTypeName}");
        }
        _submitted.Add(handler);
    }

    private static string? Header(IEvent e, string key) =>
        e.Headers is { } headers && headers.TryGetValue(key, out var value) ? value?.ToString() : null;

    /// <summary>Every POST handler of every page, named "Folder.PageModel.Handler" below the Pages namespace.</summary>
    private static HashSet<string> PostHandlers()
    {
        const string pages = "Governance.Host.Pages.";
        return typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && t.FullName!.StartsWith(pages, StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .Select(m => $"{t.FullName![pages.Length..]}.{m.Name}"))
            .ToHashSet();
    }
}
