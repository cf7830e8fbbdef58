using System.Text.Json;
using Alba;

namespace Governance.Host.Tests.Programmes;

public class when_the_programme_lifecycle_is_steered_over_http(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task every_step_answers_200_with_the_new_version_and_the_overview_shows_it()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Opdrachtgever);
        var vws = await Host.AddPartner(programmeId);
        var utrecht = await Host.AddPartner(programmeId, Samples.Partner("Gemeente Utrecht", "staandeOrganisatie"));
        var url = $"/api/programmes/{programmeId}";

        var steps = new (string Path, object Body)[]
        {
            ("phase", new { phase = "uitvoering", on = "2018-09-01", reason = "Regio's gestart" }),
            ("opgave", new { opgave = "Geweld eerder stoppen", ambition = "Duurzaam oplossen", intendedSocietalEffect = "Minder geweld", kaders = "Wetgeving", ruimte = "Regio" }),
            ("justification", new { whatExistingOrganisationsCannotDo = "Ketenoverstijgend werken", alternativesConsidered = "Taskforce" }),
            ("focus", new { level = "regionaal", reason = "Landen in de regio" }),
            ("extension", new { newPlannedEndDate = "2022-12-31", reason = "Borging niet rond" }),
            ("borging-plan", new { items = new[] { new { subject = "Regionale aanpak", ownerPartnerId = utrecht }, new { subject = "Financiering", ownerPartnerId = vws } } }),
            ("continuation", new { choice = "overdragenAanLijn", rationale = "Gemeenten nemen over", decidedOn = "2022-06-01" }),
            ("reflection-cadence", new { everyWeeks = 6 }),
            ("end", new { endedOn = "2022-12-31", reason = "Geborgd" }),
        };
        var version = await StreamVersion(programmeId);
        foreach (var (path, body) in steps)
        {
            var result = await Host.PostJson($"{url}/{path}", body, 200, ifMatch: $"\"{version}\"");
            version++;
            result.Context.Response.Headers.ETag.ToString().ShouldBe($"\"{version}\"", path);
        }

        var overview = await Host.GetAsJson<JsonElement>(url);
        overview.GetProperty("phase").GetString().ShouldBe("beeindigd");
        overview.GetProperty("opgave").GetString().ShouldBe("Geweld eerder stoppen");
        overview.GetProperty("opgaveFormulation").GetProperty("ruimte").GetString().ShouldBe("Regio");
        overview.GetProperty("justification").GetProperty("alternativesConsidered").GetString().ShouldBe("Taskforce");
        overview.GetProperty("focus").GetProperty("level").GetString().ShouldBe("regionaal");
        overview.GetProperty("plannedEndDate").GetString().ShouldBe("2022-12-31");
        overview.GetProperty("extensions")[0].GetProperty("previousPlannedEndDate").GetString().ShouldBe("2021-12-31");
        var items = overview.GetProperty("borgingPlan").GetProperty("items");
        items.GetArrayLength().ShouldBe(2);
        items[0].GetProperty("ownerName").GetString().ShouldBe("Gemeente Utrecht");
        overview.GetProperty("continuation").GetProperty("choice").GetString().ShouldBe("overdragenAanLijn");
        overview.GetProperty("reflectionEveryWeeks").GetInt32().ShouldBe(6);
        overview.GetProperty("endedOn").GetString().ShouldBe("2022-12-31");
        overview.GetProperty("decisions").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task after_the_end_every_command_on_the_programme_is_409_programme_ended_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Opdrachtgever);
        var vws = await Host.AddPartner(programmeId);
        var url = $"/api/programmes/{programmeId}";
        await Host.PostJson($"{url}/end", new { endedOn = "2021-12-31", reason = "Afgerond" }, 200);
        var events = await EventCount();

        var commands = new (string Path, object Body)[]
        {
            ("phase", new { phase = "afbouw", on = "2022-01-01" }),
            ("opgave", new { opgave = "O", ambition = "A", intendedSocietalEffect = "E", kaders = "K", ruimte = "R" }),
            ("justification", new { whatExistingOrganisationsCannotDo = "W", alternativesConsidered = "A" }),
            ("focus", new { level = "lokaal", reason = "R" }),
            ("extension", new { newPlannedEndDate = "2030-01-01", reason = "R" }),
            ("borging-plan", new { items = new[] { new { subject = "S", ownerPartnerId = vws } } }),
            ("continuation", new { choice = "stoppen", rationale = "R", decidedOn = "2022-01-01" }),
            ("reflection-cadence", new { everyWeeks = 4 }),
            ("end", new { endedOn = "2022-01-01", reason = "R" }),
            ("partners", Samples.Partner("Gemeente Zwolle")),
            ($"partners/{vws}/departure", new { leftOn = "2022-01-01", reason = "R" }),
            ($"partners/{vws}/interest", new { interest = "I", contribution = "C" }),
            ($"partners/{vws}/representatives", new { name = "N", function = "F" }),
            ($"partners/{vws}/learning-goals", new { goal = "G" }),
            ("mandates", new { holderId = vws, grantedByPartnerId = vws, scope = "S", aspects = new[] { "financieel" }, validFrom = "2022-01-01" }),
        };
        foreach (var (path, body) in commands)
        {
            var result = await Host.PostJson($"{url}/{path}", body, 409);
            (await result.ReadJson()).GetProperty("rule").GetString().ShouldBe("programme.ended", path);
        }

        (await EventCount()).ShouldBe(events);
    }

    [Fact]
    public async Task a_backward_phase_change_is_409_naming_the_rule()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Opdrachtgever);
        await Host.PostJson($"/api/programmes/{programmeId}/phase", new { phase = "uitvoering", on = "2018-09-01" }, 200);

        var result = await Host.PostJson($"/api/programmes/{programmeId}/phase", new { phase = "start", on = "2018-10-01" }, 409);

        (await result.ReadJson()).GetProperty("rule").GetString().ShouldBe("programme.phase-forward");
    }

    [Fact]
    public async Task a_borging_plan_owned_by_the_opdrachtnemer_is_409()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Opdrachtgever);
        var director = await Host.AddPartner(programmeId, Samples.Partner("Programmadirectie GHNT", "opdrachtnemer"));

        var result = await Host.PostJson($"/api/programmes/{programmeId}/borging-plan",
            new { items = new[] { new { subject = "Kennisbank", ownerPartnerId = director } } }, 409);

        (await result.ReadJson()).GetProperty("rule").GetString().ShouldBe("borging.owner-not-opdrachtnemer");
    }

    [Fact]
    public async Task bad_input_is_400_naming_the_field_and_an_unknown_programme_is_404()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Opdrachtgever);

        var cadence = await Host.PostJson($"/api/programmes/{programmeId}/reflection-cadence", new { everyWeeks = 53 }, 400);
        var opgave = await Host.PostJson($"/api/programmes/{programmeId}/opgave", new { opgave = "O", ambition = "A", intendedSocietalEffect = "E", kaders = "K" }, 400);
        await Host.PostJson($"/api/programmes/{Guid.NewGuid()}/focus", new { level = "lokaal", reason = "R" }, 404);

        (await cadence.ReadJson()).GetProperty("errors").TryGetProperty("everyWeeks", out _).ShouldBeTrue();
        (await opgave.ReadJson()).GetProperty("errors").TryGetProperty("ruimte", out _).ShouldBeTrue();
        (await EventCount()).ShouldBe(1);
    }

    [Fact]
    public async Task a_stale_if_match_is_409_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Opdrachtgever);
        var version = $"\"{await StreamVersion(programmeId)}\"";
        await Host.PostJson($"/api/programmes/{programmeId}/focus", new { level = "lokaal", reason = "R" }, 200, ifMatch: version);

        var stale = await Host.PostJson($"/api/programmes/{programmeId}/focus", new { level = "regionaal", reason = "R" }, 409, ifMatch: version);

        (await stale.ReadJson()).GetProperty("rule").GetString().ShouldBe("concurrency.stale-version");
        (await EventCount()).ShouldBe(2);
    }

    [Fact]
    public async Task the_openapi_document_describes_the_lifecycle_and_partner_commands_with_their_refusals()
    {
        var paths = (await Host.GetAsJson<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        foreach (var path in new[] { "phase", "end", "borging-plan", "partners/{partnerId}/departure", "mandates/{mandateId}/revocation" })
        {
            var post = paths.GetProperty($"/api/programmes/{{programmeId}}/{path}").GetProperty("post");
            var responses = post.GetProperty("responses");
            responses.TryGetProperty("200", out _).ShouldBeTrue(path);
            responses.TryGetProperty("404", out _).ShouldBeTrue(path);
            responses.TryGetProperty("409", out _).ShouldBeTrue(path);
        }
        paths.GetProperty("/api/programmes/{programmeId}/mandates").GetProperty("post").GetProperty("responses")
            .TryGetProperty("201", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/programmes/{programmeId}/partners", out var register).ShouldBeTrue();
        register.TryGetProperty("get", out _).ShouldBeTrue();
    }
}
