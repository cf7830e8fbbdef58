using System.Text.Json;
using Alba;

namespace Governance.Host.Tests.Directory;

public class when_an_administrator_manages_people(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task a_person_moves_to_another_organisation_and_keeps_signing_in()
    {
        ActAs(People.Administrator);
        var organisations = await Host.GetAsJson<JsonElement>("/api/organisations");
        var gemeente = organisations.EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Gemeente Utrecht").GetProperty("id").GetGuid();

        await Host.Scenario(s =>
        {
            s.Put.Json(new { name = "Olga van Dijk", email = "olga@utrecht.test", organisationId = gemeente }, JsonStyle.MinimalApi).ToUrl($"/api/people/{People.Opdrachtgever}");
            s.StatusCodeShouldBe(204);
        });

        ActAs(People.Opdrachtgever);
        var me = await Host.GetAsJson<JsonElement>("/api/me");
        me.GetProperty("name").GetString().ShouldBe("Olga van Dijk");
        me.GetProperty("organisation").GetString().ShouldBe("Gemeente Utrecht");
    }

    [Fact]
    public async Task an_email_of_someone_else_is_409_and_an_unknown_person_404()
    {
        ActAs(People.Administrator);
        var organisations = await Host.GetAsJson<JsonElement>("/api/organisations");
        var anyOrganisation = organisations[0].GetProperty("id").GetGuid();

        var taken = await Host.Scenario(s =>
        {
            s.Put.Json(new { name = "Olga", email = "dirk@ghnt.test", organisationId = anyOrganisation }, JsonStyle.MinimalApi).ToUrl($"/api/people/{People.Opdrachtgever}");
            s.StatusCodeShouldBe(409);
        });
        (await taken.ReadJson()).GetProperty("rule").GetString().ShouldBe("person.email-unique");
        await Host.Scenario(s =>
        {
            s.Put.Json(new { name = "X", email = "x@x.test", organisationId = anyOrganisation }, JsonStyle.MinimalApi).ToUrl($"/api/people/{Guid.NewGuid()}");
            s.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task a_deactivated_person_signs_in_no_more_and_is_not_deactivated_twice()
    {
        await App.RegisterProgramme(People);
        ActAs(People.Administrator);
        await Host.PostJson($"/api/people/{People.Reader}/deactivation", new { reason = "Uit dienst" }, 204);
        var twice = await Host.PostJson($"/api/people/{People.Reader}/deactivation", new { reason = "Uit dienst" }, 409);
        (await twice.ReadJson()).GetProperty("rule").GetString().ShouldBe("person.active");

        ActAs(People.Reader);
        await Host.Scenario(s => { s.Get.Url("/api/me"); s.StatusCodeShouldBe(401); });
    }

    [Fact]
    public async Task only_administrators_change_or_deactivate_people()
    {
        ActAs(People.Opdrachtgever);
        await Host.PostJson($"/api/people/{People.Reader}/deactivation", new { reason = "Uit dienst" }, 403);
    }
}
