using System.Text.Json;
using Alba;
using Governance.Host.Programmes;

namespace Governance.Host.Tests.Bodies;

public class when_bodies_are_set_up_and_meet_over_http(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task a_body_with_members_ground_rules_and_a_meeting_is_shown_with_attendance_and_agenda_balance()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var vng = await Host.AddPartner(programmeId, Samples.Partner("VNG"));

        var created = await Host.PostTo($"/api/programmes/{programmeId}/bodies", BodySamples.Body(), 201);
        var bodyId = (await created.Read<CreatedId>()).Id;
        created.Context.Response.Headers.Location.ToString().ShouldBe($"/api/programmes/{programmeId}/bodies/{bodyId}");

        await Host.AddBodyMember(programmeId, bodyId, vws);
        await Host.AddBodyMember(programmeId, bodyId, vng);
        await Host.PostTo($"/api/programmes/{programmeId}/bodies/{bodyId}/ground-rules", new
        {
            atmosphere = "Open en veilig",
            successFactors = "Afspraak is afspraak",
            whenItFails = "We maken het bespreekbaar en de-escaleren samen",
        }, 204);
        var meeting = await Host.PostTo($"/api/programmes/{programmeId}/bodies/{bodyId}/meetings", new
        {
            heldOn = "2019-03-11",
            attendingPartnerIds = new[] { vws },
            agenda = new[]
            {
                new { title = "Praktijkverhaal uit de regio", tag = "opgaveEnPraktijk" },
                new { title = "Begroting 2020", tag = "procesEnMiddelen" },
            },
        }, 201);
        var meetingId = (await meeting.Read<CreatedId>()).Id;

        var bodies = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/bodies");
        var body = bodies.GetProperty("bodies").EnumerateArray().ShouldHaveSingleItem();
        body.GetProperty("bodyId").GetGuid().ShouldBe(bodyId);
        body.GetProperty("kind").GetString().ShouldBe("opdrachtgeversberaad");
        body.GetProperty("meetingsPerYear").GetInt32().ShouldBe(6);
        body.GetProperty("aspects").EnumerateArray().Select(a => a.GetString()).ShouldBe(["beleidsmatig", "financieel"]);
        body.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("organisationName").GetString())
            .ShouldBe(["Ministerie van VWS", "VNG"]);
        body.GetProperty("groundRules").GetProperty("successFactors").GetString().ShouldBe("Afspraak is afspraak");
        var held = body.GetProperty("meetings").EnumerateArray().ShouldHaveSingleItem();
        held.GetProperty("meetingId").GetGuid().ShouldBe(meetingId);
        held.GetProperty("heldOn").GetString().ShouldBe("2019-03-11");
        held.GetProperty("attendees").EnumerateArray().ShouldHaveSingleItem().GetProperty("partnerId").GetGuid().ShouldBe(vws);
        held.GetProperty("opgaveEnPraktijkShare").GetDecimal().ShouldBe(0.5m);
    }

    [Fact]
    public async Task a_member_is_removed_once()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var bodyId = await Host.EstablishBody(programmeId);
        await Host.AddBodyMember(programmeId, bodyId, vws);

        await Host.Scenario(s =>
        {
            s.Delete.Url($"/api/programmes/{programmeId}/bodies/{bodyId}/members/{vws}");
            s.StatusCodeShouldBe(204);
        });
        var events = await EventCount();
        var again = await Host.Scenario(s =>
        {
            s.Delete.Url($"/api/programmes/{programmeId}/bodies/{bodyId}/members/{vws}");
            s.StatusCodeShouldBe(409);
        });

        (await again.Rule()).ShouldBe("body.not-a-member");
        (await EventCount()).ShouldBe(events);
        var bodies = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/bodies");
        bodies.GetProperty("bodies")[0].GetProperty("members").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task a_body_or_partner_in_the_route_that_is_not_in_the_programme_is_404_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var bodyId = await Host.EstablishBody(programmeId);
        var unknown = Guid.NewGuid();
        var events = await EventCount();

        var member = await Host.PostTo($"/api/programmes/{programmeId}/bodies/{unknown}/members", new { partnerId = vws }, 404);
        await Host.PostTo($"/api/programmes/{programmeId}/bodies/{unknown}/ground-rules", new { atmosphere = "a", successFactors = "b", whenItFails = "c" }, 404);
        await Host.PostTo($"/api/programmes/{programmeId}/bodies/{unknown}/meetings", new { heldOn = "2019-03-11", attendingPartnerIds = new[] { vws } }, 404);
        var partner = await Host.Scenario(s =>
        {
            s.Delete.Url($"/api/programmes/{programmeId}/bodies/{bodyId}/members/{unknown}");
            s.StatusCodeShouldBe(404);
        });

        (await member.ReadJson()).GetProperty("title").GetString().ShouldBe("Overleg niet gevonden.");
        (await partner.ReadJson()).GetProperty("title").GetString().ShouldBe("Partner niet gevonden.");
        // One answer for "not in this programme": the domain's refusal, with its rule, whatever the route names.
        (await member.ReadJson()).GetProperty("rule").GetString().ShouldBe("body.exists");
        (await partner.ReadJson()).GetProperty("rule").GetString().ShouldBe("partner.not-found");
        (await EventCount()).ShouldBe(events);
    }

    [Fact]
    public async Task a_change_sent_with_a_stale_if_match_version_is_409_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var created = await Host.PostTo($"/api/programmes/{programmeId}/bodies", BodySamples.Body(), 201);
        var bodyId = (await created.Read<CreatedId>()).Id;
        var version = created.Context.Response.Headers.ETag.ToString();
        var current = long.Parse(version.Trim('"'));

        var stale = await Host.Scenario(s =>
        {
            s.Post.Json(new { partnerId = vws }, JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/bodies/{bodyId}/members");
            s.WithRequestHeader("If-Match", $"\"{current - 1}\"");
            s.StatusCodeShouldBe(409);
        });
        (await stale.Rule()).ShouldBe("concurrency.stale-version");
        (await EventCount()).ShouldBe(3);

        var added = await Host.Scenario(s =>
        {
            s.Post.Json(new { partnerId = vws }, JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/bodies/{bodyId}/members");
            s.WithRequestHeader("If-Match", version);
            s.StatusCodeShouldBe(201);
        });
        added.Context.Response.Headers.ETag.ToString().ShouldBe($"\"{current + 1}\"");
    }

    [Fact]
    public async Task a_body_that_meets_more_than_weekly_is_400_naming_the_field_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var body = BodySamples.Body();
        body["meetingsPerYear"] = 53;

        var result = await Host.PostTo($"/api/programmes/{programmeId}/bodies", body, 400);

        (await result.NamesField("meetingsPerYear")).ShouldBeTrue();
        (await EventCount()).ShouldBe(1);
    }

    [Fact]
    public async Task a_partner_takes_a_seat_once()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var bodyId = await Host.EstablishBody(programmeId);
        await Host.AddBodyMember(programmeId, bodyId, vws);

        var again = await Host.PostTo($"/api/programmes/{programmeId}/bodies/{bodyId}/members", new { partnerId = vws }, 409);

        (await again.Rule()).ShouldBe("body.member-once");
    }

    [Fact]
    public async Task only_members_attend_a_meeting()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var bodyId = await Host.EstablishBody(programmeId);
        var events = await EventCount();

        var result = await Host.PostTo($"/api/programmes/{programmeId}/bodies/{bodyId}/meetings",
            new { heldOn = "2019-03-11", attendingPartnerIds = new[] { vws } }, 409);

        (await result.Rule()).ShouldBe("meeting.attendees-are-members");
        (await EventCount()).ShouldBe(events);
    }

    [Fact]
    public async Task no_body_is_added_to_an_ended_programme()
    {
        var programmeId = await App.RegisterProgramme(People);
        await Host.EndProgramme(programmeId);

        var result = await Host.PostTo($"/api/programmes/{programmeId}/bodies", BodySamples.Body(), 409);

        (await result.Rule()).ShouldBe("programme.ended");
        (await EventCount()).ShouldBe(2);
    }

    [Fact]
    public async Task the_bodies_of_an_unknown_programme_are_404()
    {
        ActAs(People.Director);
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{Guid.NewGuid()}/bodies");
            s.StatusCodeShouldBe(404);
        });
        await Host.PostTo($"/api/programmes/{Guid.NewGuid()}/bodies", BodySamples.Body(), 404);
        (await EventCount()).ShouldBe(0);
    }
}
