using System.Text;
using System.Text.Json;
using Alba;

namespace Governance.Host.Tests.Programmes;

public class when_a_programme_is_registered_over_http(AppFixture app) : HostTest(app)
{
    private long _eventsBefore;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ActAs(People.Administrator);
        _eventsBefore = await EventCount();
    }

    [Fact]
    public async Task it_is_created_and_readable_at_its_location()
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(Samples.Programme(), JsonStyle.MinimalApi).ToUrl("/api/programmes");
            s.StatusCodeShouldBe(201);
        });
        var location = result.Context.Response.Headers.Location.ToString();
        var programmeId = Guid.Parse(location.Split('/').Last());
        await App.Assign(programmeId, People.Reader, "meelezer");
        ActAs(People.Reader);

        var overview = await Host.GetAsJson<JsonElement>(location);
        overview.GetProperty("opdrachtgeverOrganisation").GetString().ShouldBe("Ministerie van VWS");
        overview.GetProperty("plannedEndDate").GetString().ShouldBe("2021-12-31");
        // NodaTime instants go out as ISO-8601 text, from the injected clock.
        overview.GetProperty("registeredAt").GetString().ShouldBe("2026-03-02T09:00:00Z");
    }

    [Fact]
    public async Task an_empty_name_is_400_naming_the_field_and_writes_nothing()
    {
        var body = Samples.Programme();
        body["name"] = "";

        var problem = await PostExpecting400(body);

        problem.GetProperty("errors").GetProperty("name")[0].GetString().ShouldBe("Vul de naam in.");
        (await EventCount()).ShouldBe(_eventsBefore);
    }

    [Fact]
    public async Task an_end_before_the_start_is_400_naming_the_end_date()
    {
        var body = Samples.Programme();
        body["plannedEndDate"] = "2017-12-31";

        var problem = await PostExpecting400(body);

        problem.GetProperty("errors").TryGetProperty("plannedEndDate", out _).ShouldBeTrue();
        (await EventCount()).ShouldBe(_eventsBefore);
    }

    [Fact]
    public async Task a_missing_start_date_is_400_naming_the_field()
    {
        var body = Samples.Programme();
        body.Remove("startDate");

        var problem = await PostExpecting400(body);

        problem.GetProperty("errors").GetProperty("startDate")[0].GetString().ShouldBe("Vul de startdatum in.");
        (await EventCount()).ShouldBe(_eventsBefore);
    }

    [Fact]
    public async Task malformed_json_is_400_problem_details_without_a_stack_trace()
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Text("{\"name\": \"GHNT\", \"startDate\": ").ToUrl("/api/programmes");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
        });

        var text = await result.ReadAsTextAsync();
        text.ShouldNotContain("   at ");
        result.Context.Response.ContentType.ShouldNotBeNull().ShouldStartWith("application/problem+json");
        (await EventCount()).ShouldBe(_eventsBefore);
    }

    [Fact]
    public async Task a_date_that_is_not_a_date_is_400_naming_the_field()
    {
        var body = Samples.Programme();
        body["startDate"] = "1 april 2018";

        var problem = await PostExpecting400(body);

        problem.GetRawText().ShouldContain("startDate");
        (await EventCount()).ShouldBe(_eventsBefore);
    }

    [Fact]
    public async Task an_unknown_programme_is_404_problem_details()
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{Guid.NewGuid()}");
            s.StatusCodeShouldBe(404);
        });
        (await result.ReadJson()).GetProperty("status").GetInt32().ShouldBe(404);
    }

    private async Task<JsonElement> PostExpecting400(object body)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl("/api/programmes");
            s.StatusCodeShouldBe(400);
        });
        result.Context.Response.ContentType.ShouldNotBeNull().ShouldStartWith("application/problem+json");
        return await result.ReadJson();
    }
}
