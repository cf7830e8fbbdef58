using System.Text.Json;
using Alba;

namespace Governance.Host.Tests.Infrastructure;

public class lists_are_paged_sorted_and_filtered(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task the_decision_log_pages_with_a_total_count_sorts_and_filters()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        foreach (var (title, date) in new[] { ("B-besluit", "2019-03-11"), ("A-besluit", "2020-01-10"), ("C-besluit", "2018-06-01") })
        {
            var body = Samples.Decision(vws);
            body["title"] = title;
            body["decidedOn"] = date;
            await Host.LogDecision(programmeId, body);
        }
        var log = $"/api/programmes/{programmeId}/decisions";

        var first = await Host.Scenario(s => s.Get.Url($"{log}?sort=title&limit=2"));
        first.Context.Response.Headers["X-Total-Count"].ToString().ShouldBe("3");
        (await first.ReadJson()).EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldBe(["A-besluit", "B-besluit"]);
        var rest = await Host.Scenario(s => s.Get.Url($"{log}?sort=title&offset=2&limit=2"));
        (await rest.ReadJson()).EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldBe(["C-besluit"]);

        var byDate = await Host.GetAsJson<JsonElement>($"{log}?sort=decidedOn&from=2019-01-01");
        byDate.EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldBe(["B-besluit", "A-besluit"]);

        foreach (var bad in new[] { "sort=kleur", "limit=0", "limit=100000", "offset=-1", "limit=veel" })
        {
            var result = await Host.Scenario(s => { s.Get.Url($"{log}?{bad}"); s.StatusCodeShouldBe(400); });
            (await result.ReadJson()).GetProperty("errors").TryGetProperty(bad.Split('=')[0], out _).ShouldBeTrue(bad);
        }
    }

    [Fact]
    public async Task the_audit_trail_pages_with_a_total_count()
    {
        var programmeId = await App.RegisterProgramme(People);
        await Host.AddPartner(programmeId);
        await Host.AddPartner(programmeId, Samples.Partner("VNG", "opdrachtgever"));
        var all = await Host.Scenario(s => s.Get.Url($"/api/programmes/{programmeId}/audit"));
        var total = (await all.ReadJson()).GetArrayLength();

        var page = await Host.Scenario(s => s.Get.Url($"/api/programmes/{programmeId}/audit?offset=1&limit=1"));

        page.Context.Response.Headers["X-Total-Count"].ToString().ShouldBe(total.ToString());
        var entries = (await page.ReadJson()).EnumerateArray().ToList();
        entries.Count.ShouldBe(1);
        entries[0].GetProperty("id").GetGuid().ShouldBe((await all.ReadJson())[1].GetProperty("id").GetGuid());
    }
}
