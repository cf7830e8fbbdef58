using System.Text.Json;
using Alba;
using Governance.Host.Programmes;

namespace Governance.Host.Tests.Decisions;

public class when_a_decision_is_logged_over_http(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task the_programme_overview_shows_it_and_still_does_after_a_restart()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);

        var logged = await Host.Scenario(s =>
        {
            s.Post.Json(Samples.Decision(vws), JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/decisions");
            s.StatusCodeShouldBe(201);
        });
        var decisionId = (await logged.Read<CreatedId>()).Id;

        await AssertOverviewShows(programmeId, decisionId);

        await App.RestartHost();

        await AssertOverviewShows(programmeId, decisionId);
    }

    [Fact]
    public async Task decisions_logged_at_the_same_moment_all_appear_in_the_programme_overview()
    {
        // Each decision is a stream of its own, the overview gathers them all: without writes serialised per
        // programme, concurrent writers each stored their own version of the overview and the last one won.
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);

        var answers = await Task.WhenAll(Enumerable.Range(1, 12).Select(_ => Host.Scenario(s =>
        {
            s.Post.Json(Samples.Decision(vws), JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/decisions");
            s.IgnoreStatusCode();
        })));

        answers.ShouldAllBe(a => a.Context.Response.StatusCode == 201);
        var logged = (await Task.WhenAll(answers.Select(a => a.Read<CreatedId>()))).Select(c => c.Id).ToHashSet();
        var overview = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}");
        overview.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("decisionId").GetGuid()).ToHashSet()
            .SetEquals(logged).ShouldBeTrue();
    }

    private async Task AssertOverviewShows(Guid programmeId, Guid decisionId)
    {
        var result = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}");
        result.GetProperty("name").GetString().ShouldBe("Geweld hoort nergens thuis");
        result.GetProperty("startDate").GetString().ShouldBe("2018-04-01");
        var decision = result.GetProperty("decisions").EnumerateArray().ShouldHaveSingleItem();
        decision.GetProperty("decisionId").GetGuid().ShouldBe(decisionId);
        decision.GetProperty("title").GetString().ShouldBe("Focus op de aanpak in de regio");
        decision.GetProperty("decidedOn").GetString().ShouldBe("2019-03-11");
        decision.GetProperty("decidedBy").GetString().ShouldBe("Ministerie van VWS");
        decision.GetProperty("status").GetString().ShouldBe("taken");
    }

    [Fact]
    public async Task a_decision_for_an_unknown_programme_is_404_and_writes_nothing()
    {
        ActAs(People.Director);
        var before = await EventCount();
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(Samples.Decision(Guid.NewGuid()), JsonStyle.MinimalApi).ToUrl($"/api/programmes/{Guid.NewGuid()}/decisions");
            s.StatusCodeShouldBe(404);
        });

        (await result.ReadJson()).GetProperty("title").GetString().ShouldBe("Programma niet gevonden.");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task a_decision_without_rationale_is_400_naming_the_field_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var body = Samples.Decision(vws);
        body["rationale"] = " ";
        var before = await EventCount();

        var result = await Host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/decisions");
            s.StatusCodeShouldBe(400);
        });

        (await result.ReadJson()).GetProperty("errors").TryGetProperty("rationale", out _).ShouldBeTrue();
        (await EventCount()).ShouldBe(before);
    }
}
