using Microsoft.Playwright;

namespace Governance.Web.Tests.Pages;

public class Audit_trail(WebApp app) : BrowserTest(app)
{
    [Fact]
    public async Task the_audit_trail_says_who_did_what_when_and_filters_by_kind_period_and_person()
    {
        var history = await History.Create(App, "Audit " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.OpdrachtgeverName);
        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/audit");

        var rows = Page.Locator("tbody tr");
        (await rows.CountAsync()).ShouldBeGreaterThan(5);
        (await Page.Locator("tbody").InnerTextAsync()).ShouldContain(WebPeople.DirectorName);

        await Page.GetByLabel("Soort gebeurtenis").SelectOptionAsync(new SelectOptionValue { Label = "Partner toegetreden" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        (await rows.CountAsync()).ShouldBe(2);
        (await rows.AllInnerTextsAsync()).ShouldAllBe(r => r.Contains("Partner toegetreden"));

        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/audit?van=2020-08-01&persoon=olga");
        (await rows.AllInnerTextsAsync()).ShouldHaveSingleItem().ShouldContain("Borgingsplan vastgelegd");
        await CheckPage("audittrail-gefilterd");
    }

    [Fact]
    public async Task an_invalid_date_in_the_filter_is_said_next_to_the_field_and_the_input_is_kept()
    {
        var history = await History.Create(App, "Audit fout " + Guid.NewGuid().ToString("N")[..6]);
        await SignInAs(WebPeople.OpdrachtgeverName);

        await Page.GotoAsync($"/programmas/{history.ProgrammeId}/audit?tot=31-12-2020&persoon=dirk");

        (await Page.Locator("#tot-fout").InnerTextAsync()).ShouldContain("geldige datum");
        (await Page.Locator("#tot").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await Page.Locator("#persoon").InputValueAsync()).ShouldBe("dirk");
        await CheckPage("audittrail-fout");
    }
}
