using Alba;
using Governance.Host.Access;
using Governance.Host.Programmes;
using Governance.Projections.Directory;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Host.Tests;

/// <summary>
/// The people of a test: the bootstrap administrator and, registered by that administrator through the API, one
/// person for each role a programme knows, plus an outsider who is a member of nothing.
/// </summary>
public sealed record People(
    Guid Administrator,
    Guid Opdrachtgever,
    Guid Director,
    Guid Delegate,
    Guid Facilitator,
    Guid PartnerPerson,
    Guid LivedExperience,
    Guid Reader,
    Guid Outsider)
{
    public const string AdministratorEmail = "beheer@governance.test";

    public static async Task<People> Create(AppFixture app)
    {
        await app.Host.Services.GetRequiredService<AdministratorBootstrap>().EnsureAsync();
        await using var session = app.Host.DocumentStore().QuerySession();
        var administrator = (await session.Query<DirectoryPerson>().SingleAsync(p => p.Email == AdministratorEmail)).Id;

        app.ActingAs = administrator;
        var vws = await app.Host.Create("/api/organisations", new { name = "Ministerie van VWS", layer = "rijk" });
        var team = await app.Host.Create("/api/organisations", new { name = "Programmateam GHNT", layer = "rijk" });
        var gemeente = await app.Host.Create("/api/organisations", new { name = "Gemeente Utrecht", layer = "gemeente" });
        var advies = await app.Host.Create("/api/organisations", new { name = "Bureau Procesbegeleiding", layer = "maatschappelijkeOrganisatie" });

        var people = new People(
            administrator,
            await Person(app, "Olga Opdrachtgever", "olga@vws.test", vws),
            await Person(app, "Dirk Directeur", "dirk@ghnt.test", team),
            await Person(app, "Daan Gedelegeerde", "daan@ghnt.test", team),
            await Person(app, "Petra Procesbegeleider", "petra@advies.test", advies),
            await Person(app, "Gijs Gemeente", "gijs@utrecht.test", gemeente),
            await Person(app, "Eva Ervaring", "eva@spiegelgroep.test", advies),
            await Person(app, "Mila Meelezer", "mila@vws.test", vws),
            await Person(app, "Bart Buitenstaander", "bart@elders.test", gemeente));
        app.ActingAs = null;
        return people;
    }

    private static Task<Guid> Person(AppFixture app, string name, string email, Guid organisationId) =>
        app.Host.Create("/api/people", new { name, email, organisationId });
}

public static class Creating
{
    public static async Task<Guid> Create(this IAlbaHost host, string url, object body)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl(url);
            s.StatusCodeShouldBe(201);
        });
        return (await result.Read<CreatedId>()).Id;
    }
}
