using System.Text.Json;
using Alba;
using Governance.Host.Programmes;

namespace Governance.Host.Tests.Resources;

public class when_funding_and_team_are_recorded_over_http(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task funding_and_team_are_shown_with_the_funded_until_date_and_current_fte()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);

        ActAs(People.Opdrachtgever);
        var committed = await Host.PostTo($"/api/programmes/{programmeId}/funding", BodySamples.Funding(vws), 201);
        ActAs(People.Director);
        var fundingId = (await committed.Read<CreatedId>()).Id;
        committed.Context.Response.Headers.Location.ToString().ShouldBe($"/api/programmes/{programmeId}/funding/{fundingId}");
        var director = await Host.AddTeamMember(programmeId);
        var jurist = await Host.AddTeamMember(programmeId, BodySamples.TeamMember("Ahmed Bakker", 0.5m));
        await Host.PostTo($"/api/programmes/{programmeId}/team-members/{jurist}/departure", new { leftOn = "2020-01-31" }, 204);

        var resources = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/resources");
        var funding = resources.GetProperty("funding").EnumerateArray().ShouldHaveSingleItem();
        funding.GetProperty("fundingId").GetGuid().ShouldBe(fundingId);
        funding.GetProperty("committedBy").GetString().ShouldBe("Ministerie van VWS");
        funding.GetProperty("amountEuro").GetDecimal().ShouldBe(2_500_000m);
        funding.GetProperty("kind").GetString().ShouldBe("tijdelijk");
        resources.GetProperty("fundedUntil").GetString().ShouldBe("2021-12-31");
        var members = resources.GetProperty("teamMembers").EnumerateArray().ToList();
        members.Count.ShouldBe(2);
        members.Single(m => m.GetProperty("memberId").GetGuid() == director).GetProperty("competences").GetArrayLength().ShouldBe(2);
        members.Single(m => m.GetProperty("memberId").GetGuid() == jurist).GetProperty("leftOn").GetString().ShouldBe("2020-01-31");
        resources.GetProperty("currentFte").GetDecimal().ShouldBe(1.0m);
    }

    [Fact]
    public async Task funding_by_the_opdrachtnemer_is_409_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var director = await Host.AddPartner(programmeId, Samples.Partner("Programmadirectie GHNT", "opdrachtnemer"));
        var events = await EventCount();

        ActAs(People.Opdrachtgever);
        var result = await Host.PostTo($"/api/programmes/{programmeId}/funding", BodySamples.Funding(director), 409);
        ActAs(People.Director);

        (await result.Rule()).ShouldBe("funding.not-by-opdrachtnemer");
        (await result.ReadJson()).GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("veelvoorkomend misverstand");
        (await EventCount()).ShouldBe(events);
    }

    [Fact]
    public async Task a_zero_amount_or_a_period_ending_before_it_starts_is_400_naming_the_fields()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var body = BodySamples.Funding(vws);
        body["amountEuro"] = 0;
        body["until"] = "2018-12-31";

        ActAs(People.Opdrachtgever);
        var result = await Host.PostTo($"/api/programmes/{programmeId}/funding", body, 400);
        ActAs(People.Director);

        (await result.NamesField("amountEuro")).ShouldBeTrue();
        (await result.NamesField("until")).ShouldBeTrue();
        (await EventCount()).ShouldBe(2);
    }

    [Fact]
    public async Task fte_above_one_is_400_naming_the_field()
    {
        var programmeId = await App.RegisterProgramme(People);

        var result = await Host.PostTo($"/api/programmes/{programmeId}/team-members", BodySamples.TeamMember(fte: 1.2m), 400);

        (await result.NamesField("fte")).ShouldBeTrue();
        (await EventCount()).ShouldBe(1);
    }

    [Fact]
    public async Task an_unknown_team_member_is_404_and_leaving_twice_is_409()
    {
        var programmeId = await App.RegisterProgramme(People);
        var member = await Host.AddTeamMember(programmeId);

        var unknown = await Host.PostTo($"/api/programmes/{programmeId}/team-members/{Guid.NewGuid()}/departure", new { leftOn = (string?)null }, 404);
        (await unknown.ReadJson()).GetProperty("title").GetString().ShouldBe("Teamlid niet gevonden.");
        await Host.PostTo($"/api/programmes/{programmeId}/team-members/{member}/departure", new { leftOn = "2020-01-31" }, 204);
        var events = await EventCount();
        var twice = await Host.PostTo($"/api/programmes/{programmeId}/team-members/{member}/departure", new { leftOn = "2020-02-01" }, 409);

        (await twice.Rule()).ShouldBe("team.left-once");
        (await EventCount()).ShouldBe(events);
    }

    [Fact]
    public async Task no_funding_or_team_change_in_an_ended_programme()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        await Host.EndProgramme(programmeId);

        ActAs(People.Opdrachtgever);
        (await (await Host.PostTo($"/api/programmes/{programmeId}/funding", BodySamples.Funding(vws), 409)).Rule()).ShouldBe("programme.ended");
        ActAs(People.Director);
        (await (await Host.PostTo($"/api/programmes/{programmeId}/team-members", BodySamples.TeamMember(), 409)).Rule()).ShouldBe("programme.ended");
        (await EventCount()).ShouldBe(3);
    }

    [Fact]
    public async Task the_resources_of_an_unknown_programme_are_404()
    {
        ActAs(People.Director);
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{Guid.NewGuid()}/resources");
            s.StatusCodeShouldBe(404);
        });
    }
}
