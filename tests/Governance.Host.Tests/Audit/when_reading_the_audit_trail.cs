using System.Text.Json;
using Alba;
using NodaTime;

namespace Governance.Host.Tests.Audit;

public class when_reading_the_audit_trail(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task every_event_of_the_programme_appears_in_order_with_what_and_which_request()
    {
        var programmeId = await App.RegisterProgramme(People);
        App.Clock.Advance(Duration.FromMinutes(5));
        var vws = await Host.AddPartner(programmeId);
        App.Clock.Advance(Duration.FromMinutes(5));
        await Host.Scenario(s =>
        {
            s.Post.Json(Samples.Decision(vws), JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/decisions");
            s.StatusCodeShouldBe(201);
        });

        var trail = (await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/audit")).EnumerateArray()
            .Where(e => e.GetProperty("eventType").GetString() != "ProgrammeMemberAssigned").ToList();

        trail.Select(e => e.GetProperty("kind").GetString())
            .ShouldBe(["Programma geregistreerd", "Partner toegetreden", "Besluit vastgelegd"]);
        // What, with what it is about: the partner and the decision named as they are called, to link them.
        var partner = trail[1];
        partner.GetProperty("partnerId").GetGuid().ShouldBe(vws);
        partner.GetProperty("description").GetString().ShouldBe($"Partner toegetreden: {partner.GetProperty("partnerName").GetString()}");
        var decision = trail[2];
        decision.GetProperty("decisionTitle").GetString().ShouldBe(Samples.Decision(vws)["title"]!.ToString());
        decision.GetProperty("decisionId").GetGuid().ShouldBe(decision.GetProperty("streamId").GetGuid());
        trail.Select(e => e.GetProperty("recordedAt").GetString())
            .ShouldBe(["2026-03-02T09:00:00Z", "2026-03-02T09:05:00Z", "2026-03-02T09:10:00Z"]);
        trail.Select(e => e.GetProperty("person").GetString()).ShouldBe(["Bea Beheer", "Dirk Directeur", "Dirk Directeur"]);
        trail.Select(e => e.GetProperty("organisation").GetString()).ShouldBe(["Functioneel beheer", "Programmateam GHNT", "Programmateam GHNT"]);
        trail.ShouldAllBe(e => !string.IsNullOrEmpty(e.GetProperty("correlationId").GetString()));
        trail.Select(e => e.GetProperty("correlationId").GetString()).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task the_trail_filters_on_event_type_and_period()
    {
        var programmeId = await App.RegisterProgramme(People);
        App.Clock.Advance(Duration.FromDays(1));
        await Host.AddPartner(programmeId);
        await Host.AddPartner(programmeId, Samples.Partner("Ministerie van JenV"));

        var partners = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/audit?type=PartnerJoined");
        var firstDay = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/audit?to=2026-03-02");

        partners.GetArrayLength().ShouldBe(2);
        firstDay.EnumerateArray().Select(e => e.GetProperty("eventType").GetString()).Distinct()
            .ShouldBe(["ProgrammeRegistered", "ProgrammeMemberAssigned"]);
    }

    [Fact]
    public async Task a_period_that_is_not_a_date_is_400_naming_the_parameter()
    {
        var programmeId = await App.RegisterProgramme(People);

        var result = await Host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{programmeId}/audit?from=gisteren");
            s.StatusCodeShouldBe(400);
        });

        (await result.ReadJson()).GetProperty("errors").TryGetProperty("from", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task the_trail_of_an_unknown_programme_is_404()
    {
        ActAs(People.Director);
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{Guid.NewGuid()}/audit");
            s.StatusCodeShouldBe(404);
        });
    }
}
