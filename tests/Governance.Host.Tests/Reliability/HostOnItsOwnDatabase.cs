using System.Diagnostics;
using Alba;
using Governance.Host.Programmes;
using Governance.Projections.Directory;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;

namespace Governance.Host.Tests.Reliability;

/// <summary>
/// A host in its production shape (Wolverine balanced, not the suite's solo mode) on a PostgreSQL cluster of its own,
/// for tests that stop the database or change how the host treats it — things the shared suite host cannot have done
/// to it. The bootstrap administrator sets up what a test needs through the API.
/// </summary>
public sealed class HostOnItsOwnDatabase : IAsyncDisposable
{
    public const string AdministratorEmail = "beheer@storing.test";

    public PrivatePostgres Postgres { get; } = PrivatePostgres.Prepare();
    public IAlbaHost Host { get; private set; } = null!;

    /// <summary>Starts the host (whether or not the database is there yet), with any extra settings.</summary>
    public async Task StartHost(params (string Key, string Value)[] settings)
    {
        JasperFxEnvironment.AutoStartHost = true;
        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("ConnectionStrings:Governance", Postgres.ConnectionString);
            builder.UseSetting("Authentication:DevelopmentSignIn", "true");
            builder.UseSetting("Demo:LoadOnStart", "false");
            builder.UseSetting("Authentication:BootstrapAdministrator:Name", "Bea Beheer");
            builder.UseSetting("Authentication:BootstrapAdministrator:Email", AdministratorEmail);
            builder.UseSetting("Authentication:BootstrapAdministrator:Organisation", "Functioneel beheer");
            builder.UseSetting("Notifications:SweepSeconds", "0");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });
    }

    public Task<IScenarioResult> Get(string url, Guid? person = null) => Host.Scenario(s =>
    {
        s.Get.Url(url);
        if (person is { } p) s.WithRequestHeader(AppFixture.DemoPersonHeader, p.ToString());
        s.IgnoreStatusCode();
    });

    public async Task<Guid> Post(string url, object body, Guid person, int status)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl(url);
            s.WithRequestHeader(AppFixture.DemoPersonHeader, person.ToString());
            s.StatusCodeShouldBe(status);
        });
        return status == 201 ? (await result.Read<CreatedId>()).Id : Guid.Empty;
    }

    /// <summary>The bootstrap administrator (created once the database is there) registers a programme with a director and a partner.</summary>
    public async Task<(Guid Director, Guid ProgrammeId, Guid PartnerId)> SetUpAProgramme()
    {
        Guid administrator = default;
        await Eventually(async () =>
        {
            await using var session = Host.DocumentStore().QuerySession();
            var found = await session.Query<DirectoryPerson>().FirstOrDefaultAsync(p => p.Email == AdministratorEmail);
            administrator = found?.Id ?? default;
            return found is not null;
        }, TimeSpan.FromSeconds(30));

        var organisation = await Post("/api/organisations", new { name = "Programmateam", layer = "rijk" }, administrator, 201);
        var director = await Post("/api/people", new { name = "Dirk Directeur", email = "dirk@storing.test", organisationId = organisation }, administrator, 201);
        var programmeId = await Post("/api/programmes", Samples.Programme(), administrator, 201);
        await Post($"/api/programmes/{programmeId}/members", new { personId = director, role = "programmadirecteur" }, administrator, 204);
        var partnerId = await Post($"/api/programmes/{programmeId}/partners", Samples.Partner(), director, 201);
        return (director, programmeId, partnerId);
    }

    public static async Task<TimeSpan> Eventually(Func<Task<bool>> condition, TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > limit) throw new TimeoutException($"Not reached within {limit.TotalSeconds} s");
            await Task.Delay(200);
        }
        return waited.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}
