using System.Text.Json;
using Alba;
using Governance.Host.Programmes;

namespace Governance.Host.Tests.Partners;

public class when_partners_are_managed_over_http(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task the_register_shows_interest_endorsement_representatives_goals_mandates_and_departure()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Opdrachtgever);
        var vws = await Host.AddPartner(programmeId);
        var utrecht = await Host.AddPartner(programmeId, Samples.Partner("Gemeente Utrecht", "staandeOrganisatie"));
        var url = $"/api/programmes/{programmeId}";
        var partner = $"{url}/partners/{utrecht}";

        await Host.PostJson($"{url}/opgave", new { opgave = "O", ambition = "A", intendedSocietalEffect = "E", kaders = "K", ruimte = "R" }, 200);
        await Host.PostJson($"{partner}/interest", new { interest = "Veilig thuis", contribution = "Projectleider" }, 200);
        await Host.PostJson($"{partner}/endorsement", new { endorsedOn = "2018-05-01" }, 200);
        var named = await Host.PostJson($"{partner}/representatives", new { name = "Anna de Vries", function = "Wethouder" }, 201);
        var personId = (await named.Read<CreatedId>()).Id;
        named.Context.Response.Headers.Location.ToString().ShouldBe($"{partner}/representatives/{personId}");
        named.Context.Response.Headers.ETag.ToString().ShouldBe($"\"{await StreamVersion(programmeId)}\"");
        var goal = await Host.PostJson($"{partner}/learning-goals", new { goal = "Ketenaanpak leren" }, 201);
        var goalId = (await goal.Read<CreatedId>()).Id;
        var granted = await Host.PostJson($"{url}/mandates", new
        {
            holderId = utrecht, grantedByPartnerId = vws, scope = "Regionale inzet", aspects = new[] { "financieel", "beleidsmatig" },
            validFrom = "2018-06-01", validUntil = "2019-12-31",
        }, 201);
        var mandateId = (await granted.Read<CreatedId>()).Id;
        granted.Context.Response.Headers.Location.ToString().ShouldBe($"{url}/mandates/{mandateId}");
        await Host.PostJson($"{url}/mandates/{mandateId}/revocation", new { reason = "Herzien" }, 200);
        var left = await Host.PostJson($"{partner}/departure", new { leftOn = "2020-01-01", reason = "Opgeheven" }, 200);
        left.Context.Response.Headers.ETag.ToString().ShouldBe($"\"{await StreamVersion(programmeId)}\"");

        var register = await Host.GetAsJson<JsonElement>($"{url}/partners");
        register.GetProperty("id").GetGuid().ShouldBe(programmeId);
        var entry = register.GetProperty("partners").EnumerateArray().Single(p => p.GetProperty("partnerId").GetGuid() == utrecht);
        entry.GetProperty("layer").GetString().ShouldBe("rijk");
        entry.GetProperty("role").GetString().ShouldBe("staandeOrganisatie");
        entry.GetProperty("joinedOn").GetString().ShouldBe("2018-04-01");
        entry.GetProperty("leftOn").GetString().ShouldBe("2020-01-01");
        entry.GetProperty("active").GetBoolean().ShouldBeFalse();
        entry.GetProperty("interest").GetString().ShouldBe("Veilig thuis");
        entry.GetProperty("contribution").GetString().ShouldBe("Projectleider");
        entry.GetProperty("endorsedOn").GetString().ShouldBe("2018-05-01");
        entry.GetProperty("representatives")[0].GetProperty("personId").GetGuid().ShouldBe(personId);
        entry.GetProperty("learningGoals")[0].GetProperty("goalId").GetGuid().ShouldBe(goalId);
        var mandate = entry.GetProperty("mandates").EnumerateArray().ShouldHaveSingleItem();
        mandate.GetProperty("mandateId").GetGuid().ShouldBe(mandateId);
        mandate.GetProperty("aspects").EnumerateArray().Select(a => a.GetString()).ShouldBe(["beleidsmatig", "financieel"]);
        mandate.GetProperty("validUntil").GetString().ShouldBe("2019-12-31");
        mandate.GetProperty("revoked").GetBoolean().ShouldBeTrue();

        var overview = await Host.GetAsJson<JsonElement>(url);
        overview.GetProperty("partners").EnumerateArray().Single(p => p.GetProperty("partnerId").GetGuid() == utrecht)
            .GetProperty("active").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task a_partner_that_is_not_in_this_programme_is_404_on_every_partner_route()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Opdrachtgever);
        var other = await App.RegisterProgramme(People);
        var elsewhere = await Host.AddPartner(other);
        ActAs(People.Opdrachtgever);
        var events = await EventCount();

        foreach (var (path, body) in new (string, object)[]
                 {
                     ("departure", new { leftOn = "2020-01-01", reason = "R" }),
                     ("interest", new { interest = "I", contribution = "C" }),
                     ("endorsement", new { endorsedOn = "2018-05-01" }),
                     ("representatives", new { name = "N", function = "F" }),
                     ("learning-goals", new { goal = "G" }),
                 })
        {
            var result = await Host.PostJson($"/api/programmes/{programmeId}/partners/{elsewhere}/{path}", body, 404);
            (await result.ReadJson()).GetProperty("rule").GetString().ShouldBe("partner.not-found", path);
        }

        await Host.PostJson($"/api/programmes/{programmeId}/mandates/{Guid.NewGuid()}/revocation", new { reason = "R" }, 404);
        (await EventCount()).ShouldBe(events);
    }

    [Fact]
    public async Task endorsing_before_the_opgave_is_formulated_is_409()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Opdrachtgever);
        var vws = await Host.AddPartner(programmeId);

        var result = await Host.PostJson($"/api/programmes/{programmeId}/partners/{vws}/endorsement", new { endorsedOn = "2018-05-01" }, 409);

        (await result.ReadJson()).GetProperty("rule").GetString().ShouldBe("opgave.formulated");
    }

    [Fact]
    public async Task a_mandate_granted_by_a_non_opdrachtgever_or_without_aspects_is_refused()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Opdrachtgever);
        var utrecht = await Host.AddPartner(programmeId, Samples.Partner("Gemeente Utrecht", "staandeOrganisatie"));

        var byGemeente = await Host.PostJson($"/api/programmes/{programmeId}/mandates",
            new { holderId = utrecht, grantedByPartnerId = utrecht, scope = "S", aspects = new[] { "juridisch" }, validFrom = "2018-06-01" }, 409);
        var noAspects = await Host.PostJson($"/api/programmes/{programmeId}/mandates",
            new { holderId = utrecht, grantedByPartnerId = utrecht, scope = "S", aspects = Array.Empty<string>(), validFrom = "2018-06-01" }, 400);

        (await byGemeente.ReadJson()).GetProperty("rule").GetString().ShouldBe("mandate.granted-by-opdrachtgever");
        (await noAspects.ReadJson()).GetProperty("errors").TryGetProperty("aspects", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task the_register_of_an_unknown_programme_is_404()
    {
        ActAs(People.Director);
        await Host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{Guid.NewGuid()}/partners");
            s.StatusCodeShouldBe(404);
        });
    }
}
