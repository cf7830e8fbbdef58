using System.Text.Json;
using Alba;
using Governance.Host.Programmes;

namespace Governance.Host.Tests.Care;

public class when_tensions_and_care_are_recorded_over_http(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task a_tension_is_raised_discussed_escalated_and_resolved_and_its_history_is_shown()
    {
        var programmeId = await App.RegisterProgramme(People);
        var bodyId = await Host.EstablishBody(programmeId);

        var raised = await Host.PostTo($"/api/programmes/{programmeId}/tensions", BodySamples.Tension(), 201);
        var tensionId = (await raised.Read<CreatedId>()).Id;
        raised.Context.Response.Headers.Location.ToString().ShouldBe($"/api/programmes/{programmeId}/tensions/{tensionId}");
        await Host.PostTo($"/api/programmes/{programmeId}/tensions/{tensionId}/discussions", new { where = "Programmateam", discussedOn = "2019-04-08" }, 204);
        await Host.PostTo($"/api/programmes/{programmeId}/tensions/{tensionId}/escalation", new { bodyId, escalatedOn = "2019-04-15" }, 204);
        await Host.PostTo($"/api/programmes/{programmeId}/tensions/{tensionId}/resolution", new { resolution = "Regeling aangepast", resolvedOn = "2019-05-01" }, 204);

        var care = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/tensions-and-care");
        var tension = care.GetProperty("tensions").EnumerateArray().ShouldHaveSingleItem();
        tension.GetProperty("tensionId").GetGuid().ShouldBe(tensionId);
        tension.GetProperty("status").GetString().ShouldBe("resolved");
        tension.GetProperty("escalatedToBody").GetString().ShouldBe("Opdrachtgeversoverleg");
        tension.GetProperty("resolution").GetString().ShouldBe("Regeling aangepast");
        tension.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("kind").GetString())
            .ShouldBe(["raised", "discussed", "escalated", "resolved"]);
    }

    [Fact]
    public async Task resolving_twice_or_escalating_a_resolved_tension_is_409_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var bodyId = await Host.EstablishBody(programmeId);
        var tensionId = await Host.RaiseTension(programmeId);
        await Host.PostTo($"/api/programmes/{programmeId}/tensions/{tensionId}/resolution", new { resolution = "Opgelost", resolvedOn = "2019-05-01" }, 204);
        var events = await EventCount();

        var twice = await Host.PostTo($"/api/programmes/{programmeId}/tensions/{tensionId}/resolution", new { resolution = "Nogmaals", resolvedOn = "2019-05-02" }, 409);
        var escalated = await Host.PostTo($"/api/programmes/{programmeId}/tensions/{tensionId}/escalation", new { bodyId, escalatedOn = "2019-05-02" }, 409);

        (await twice.Rule()).ShouldBe("tension.resolved-once");
        (await escalated.Rule()).ShouldBe("tension.unresolved");
        (await EventCount()).ShouldBe(events);
    }

    [Fact]
    public async Task escalating_to_a_body_that_does_not_exist_is_409()
    {
        var programmeId = await App.RegisterProgramme(People);
        var tensionId = await Host.RaiseTension(programmeId);

        var result = await Host.PostTo($"/api/programmes/{programmeId}/tensions/{tensionId}/escalation", new { bodyId = Guid.NewGuid(), escalatedOn = "2019-04-15" }, 409);

        (await result.Rule()).ShouldBe("tension.escalate-to-existing-body");
    }

    [Fact]
    public async Task an_unknown_tension_in_the_route_is_404_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var unknown = Guid.NewGuid();

        var result = await Host.PostTo($"/api/programmes/{programmeId}/tensions/{unknown}/discussions", new { where = "Overleg", discussedOn = "2019-04-08" }, 404);
        await Host.PostTo($"/api/programmes/{programmeId}/tensions/{unknown}/resolution", new { resolution = "Klaar", resolvedOn = "2019-05-01" }, 404);

        (await result.ReadJson()).GetProperty("title").GetString().ShouldBe("Spanning niet gevonden.");
        (await EventCount()).ShouldBe(1);
    }

    [Fact]
    public async Task a_tension_without_subject_is_400_naming_the_field()
    {
        var programmeId = await App.RegisterProgramme(People);
        var body = BodySamples.Tension();
        body["subject"] = "";

        var result = await Host.PostTo($"/api/programmes/{programmeId}/tensions", body, 400);

        (await result.NamesField("subject")).ShouldBeTrue();
        (await EventCount()).ShouldBe(1);
    }

    [Fact]
    public async Task care_moments_are_shown_with_personal_connections_counted_per_partner()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vng = await Host.AddPartner(programmeId, Samples.Partner("VNG"));

        await Host.PostTo($"/api/programmes/{programmeId}/vitality-checks", new { heldOn = "2019-06-01", summary = "Stoom van de ketel gehaald" }, 204);
        await Host.PostTo($"/api/programmes/{programmeId}/successes", new { what = "Alle regio's gestart", celebratedOn = "2019-07-01" }, 204);
        await Host.PostTo($"/api/programmes/{programmeId}/personal-connections", new { partnerId = vng, on = "2019-03-01" }, 204);
        await Host.PostTo($"/api/programmes/{programmeId}/personal-connections", new { partnerId = vng, on = "2019-05-01" }, 204);
        await Host.PostTo($"/api/programmes/{programmeId}/lived-experience",
            new { contributorPseudonym = "Spiegelgroeplid A", perspective = "slachtoffer", where = "Opdrachtgeversoverleg", on = "2019-03-11" }, 204);

        var care = await Host.GetAsJson<JsonElement>($"/api/programmes/{programmeId}/tensions-and-care");
        care.GetProperty("vitalityChecks").EnumerateArray().ShouldHaveSingleItem().GetProperty("summary").GetString().ShouldBe("Stoom van de ketel gehaald");
        care.GetProperty("successes").EnumerateArray().ShouldHaveSingleItem().GetProperty("celebratedOn").GetString().ShouldBe("2019-07-01");
        var connection = care.GetProperty("personalConnections").EnumerateArray().ShouldHaveSingleItem();
        connection.GetProperty("organisationName").GetString().ShouldBe("VNG");
        connection.GetProperty("count").GetInt32().ShouldBe(2);
        connection.GetProperty("lastOn").GetString().ShouldBe("2019-05-01");
        care.GetProperty("livedExperience").EnumerateArray().ShouldHaveSingleItem().GetProperty("contributorPseudonym").GetString().ShouldBe("Spiegelgroeplid A");
    }

    [Fact]
    public async Task lived_experience_under_an_email_address_is_400_naming_the_pseudonym_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);

        var result = await Host.PostTo($"/api/programmes/{programmeId}/lived-experience",
            new { contributorPseudonym = "jan.jansen@example.nl", perspective = "slachtoffer", where = "Webinar", on = "2019-03-11" }, 400);

        (await result.NamesField("contributorPseudonym")).ShouldBeTrue();
        (await EventCount()).ShouldBe(1);
    }

    [Fact]
    public async Task a_personal_connection_with_an_organisation_that_is_no_partner_is_409()
    {
        var programmeId = await App.RegisterProgramme(People);

        var result = await Host.PostTo($"/api/programmes/{programmeId}/personal-connections", new { partnerId = Guid.NewGuid(), on = "2019-03-01" }, 409);

        (await result.Rule()).ShouldBe("care.connection-with-active-partner");
        (await EventCount()).ShouldBe(1);
    }

    [Fact]
    public async Task nothing_is_added_to_an_ended_programme()
    {
        var programmeId = await App.RegisterProgramme(People);
        var tensionId = await Host.RaiseTension(programmeId);
        await Host.EndProgramme(programmeId);

        (await (await Host.PostTo($"/api/programmes/{programmeId}/tensions", BodySamples.Tension(), 409)).Rule()).ShouldBe("programme.ended");
        (await (await Host.PostTo($"/api/programmes/{programmeId}/tensions/{tensionId}/discussions", new { where = "Overleg", discussedOn = "2022-01-08" }, 409)).Rule()).ShouldBe("programme.ended");
        (await (await Host.PostTo($"/api/programmes/{programmeId}/successes", new { what = "Afgerond", celebratedOn = "2022-01-08" }, 409)).Rule()).ShouldBe("programme.ended");
        (await EventCount()).ShouldBe(3);
    }

    [Fact]
    public async Task the_tensions_and_care_of_an_unknown_programme_are_404()
    {
        ActAs(People.Director);
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{Guid.NewGuid()}/tensions-and-care");
            s.StatusCodeShouldBe(404);
        });
        await Host.PostTo($"/api/programmes/{Guid.NewGuid()}/vitality-checks", new { heldOn = "2019-06-01", summary = "Goed" }, 404);
        (await EventCount()).ShouldBe(0);
    }
}
