using System.Text.Json;
using Alba;
using NodaTime;

namespace Governance.Host.Tests.Infrastructure;

public class reads_as_of_a_moment(AppFixture app) : HostTest(app)
{
    private async Task<string> Text(string url) =>
        await (await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBe(200); })).ReadAsTextAsync();

    private static string Now(Instant now) => Uri.EscapeDataString(now.ToString());

    [Fact]
    public async Task a_decision_and_the_log_as_of_a_moment_show_what_stood_then_and_as_of_now_equals_the_live_read()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        var dayOne = App.Clock.GetCurrentInstant();
        App.Clock.Advance(Duration.FromDays(2));
        await Host.PostCommand($"/api/programmes/{programmeId}/decisions/{decisionId}/revision", new { rationale = "Ook ketenpartners leveren capaciteit", reason = "Eerste ervaringen" }, 204);
        var second = Samples.Decision(vws);
        second["title"] = "Later besluit";
        await Host.LogDecision(programmeId, second);
        var decision = $"/api/programmes/{programmeId}/decisions/{decisionId}";

        var then = JsonDocument.Parse(await Text($"{decision}?asOf={Now(dayOne)}")).RootElement;
        then.GetProperty("status").GetString().ShouldBe("taken");
        then.GetProperty("rationale").GetString().ShouldBe("De aanpak moet in de regio landen, niet primair nieuw beleid.");
        then.GetProperty("history").GetArrayLength().ShouldBe(1);
        var logThen = JsonDocument.Parse(await Text($"/api/programmes/{programmeId}/decisions?asOf=2026-03-02")).RootElement;
        logThen.GetArrayLength().ShouldBe(1);

        var now = Now(App.Clock.GetCurrentInstant());
        (await Text($"{decision}?asOf={now}")).ShouldBe(await Text(decision));
        (await Text($"/api/programmes/{programmeId}/decisions?asOf={now}")).ShouldBe(await Text($"/api/programmes/{programmeId}/decisions"));
    }

    [Fact]
    public async Task the_partner_register_as_of_a_date_holds_the_partners_of_then_and_as_of_now_equals_the_live_read()
    {
        var programmeId = await App.RegisterProgramme(People);
        await Host.AddPartner(programmeId);
        App.Clock.Advance(Duration.FromDays(3));
        await Host.AddPartner(programmeId, Samples.Partner("VNG", "opdrachtgever"));
        var partners = $"/api/programmes/{programmeId}/partners";

        var then = JsonDocument.Parse(await Text($"{partners}?asOf=2026-03-02")).RootElement;
        then.GetProperty("partners").GetArrayLength().ShouldBe(1);
        (await Text($"{partners}?asOf={Now(App.Clock.GetCurrentInstant())}")).ShouldBe(await Text(partners));
        await Host.Scenario(s => { s.Get.Url($"{partners}?asOf=2018-04-01"); s.StatusCodeShouldBe(404); }); // the programme did not exist yet
    }

    [Fact]
    public async Task an_unreadable_asOf_is_a_400_naming_it()
    {
        var programmeId = await App.RegisterProgramme(People);
        foreach (var url in new[] { "partners", "decisions", "audit", "health" })
        {
            var result = await Host.Scenario(s => { s.Get.Url($"/api/programmes/{programmeId}/{url}?asOf=31-12-2020"); s.StatusCodeShouldBe(400); });
            (await result.ReadJson()).GetProperty("errors").TryGetProperty("asOf", out _).ShouldBeTrue(url);
        }
    }

    [Theory]
    [InlineData("9999-12-31")] // has no next day: its end of day once overflowed into a 500 (found by the hostile sweep)
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31T23:59:59Z")]
    public async Task a_far_away_asOf_is_a_400_naming_it(string asOf)
    {
        var programmeId = await App.RegisterProgramme(People);
        foreach (var url in new[] { "audit", "decisions", "health" })
        {
            var result = await Host.Scenario(s => { s.Get.Url($"/api/programmes/{programmeId}/{url}?asOf={asOf}"); s.StatusCodeShouldBe(400); });
            (await result.ReadJson()).GetProperty("errors").TryGetProperty("asOf", out _).ShouldBeTrue(url);
        }
    }
}
