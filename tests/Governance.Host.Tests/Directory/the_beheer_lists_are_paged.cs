using Alba;

namespace Governance.Host.Tests.Directory;

/// <summary>
/// An administrator's register and programme list grow to hundreds: 50 a page, counted in full, in name order, and the
/// programme list reads a row of each programme rather than its whole overview.
/// </summary>
public sealed class the_beheer_lists_are_paged(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task people_and_programmes_fifty_a_page_with_the_count_of_all()
    {
        ActAs(People.Administrator);
        var organisation = await Host.Create("/api/organisations", new { name = "Gemeente Veelstad", layer = "gemeente" });
        // With the ten people of the test directory, 60 in all: two pages.
        for (var i = 0; i < 50; i++)
            await Host.Create("/api/people", new { name = $"Zz Persoon {i:00}", email = $"persoon-{i:00}@veelstad.test", organisationId = organisation });
        var registered = await Host.GetAsJson<List<System.Text.Json.JsonElement>>("/api/people");

        ActAs(People.Administrator);
        var first = await (await Host.Scenario(s => { s.Get.Url("/beheer/personen"); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();
        first.ShouldContain($"{registered!.Count} personen, pagina 1 van 2");
        first.ShouldNotContain("Zz Persoon 49<");
        var second = await (await Host.Scenario(s => { s.Get.Url("/beheer/personen?pagina=2"); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();
        second.ShouldContain("Zz Persoon 49<");
        second.ShouldContain("aria-current=\"page\"");

        for (var i = 0; i < 51; i++)
        {
            var body = Samples.Programme();
            body["name"] = $"Programma {i:00}";
            ActAs(People.Administrator);
            await Host.Create("/api/programmes", body);
        }
        ActAs(People.Administrator);
        var programmes = System.Net.WebUtility.HtmlDecode(await (await Host.Scenario(s => { s.Get.Url("/beheer/programmas"); s.StatusCodeShouldBe(200); })).ReadAsTextAsync());
        programmes.ShouldContain("51 programma's, pagina 1 van 2");
        programmes.ShouldContain("Programma 00<");
        programmes.ShouldNotContain("Programma 50<");
        var last = await (await Host.Scenario(s => { s.Get.Url("/beheer/programmas?pagina=2"); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();
        last.ShouldContain("Programma 50<");
    }
}
