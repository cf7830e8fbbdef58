using Alba;
using Governance.Domain.Access;
using Governance.Domain.Directory;
using Governance.Testing;
using JasperFx;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;
using Wolverine;

namespace Governance.Host.Tests;

/// <summary>
/// The real host (Program) on a real PostgreSQL database of this test project's own, with a fake clock so tests
/// move time instead of waiting.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 9, 0);

    public IAlbaHost Host { get; private set; } = null!;
    public FakeClock Clock { get; } = new(Start);
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabase.ConnectionStringFor("governance_host_tests");
        Host = await StartHost();
    }

    /// <summary>The person the next requests are made as (the <c>X-Demo-Person</c> header); null: nobody signed in.</summary>
    public Guid? ActingAs { get; set; }

    public async Task<IAlbaHost> StartHost()
    {
        JasperFxEnvironment.AutoStartHost = true;
        var host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("ConnectionStrings:Governance", _connectionString);
            builder.UseSetting("Authentication:DevelopmentSignIn", "true");
            // The test host runs as Development, whose settings load the demo on start: tests load it only when asked.
            builder.UseSetting("Demo:LoadOnStart", "false");
            builder.UseSetting("Authentication:BootstrapAdministrator:Name", "Bea Beheer");
            builder.UseSetting("Authentication:BootstrapAdministrator:Email", People.AdministratorEmail);
            builder.UseSetting("Authentication:BootstrapAdministrator:Organisation", "Functioneel beheer");
            // E-mail goes to the loopback SMTP server of the notification tests; they sweep on demand, with the fake clock.
            builder.UseSetting("Mail:Enabled", "true");
            builder.UseSetting("Mail:Host", "127.0.0.1");
            builder.UseSetting("Mail:Port", MailSink.Shared.Port.ToString());
            builder.UseSetting("Mail:Security", "None");
            builder.UseSetting("Notifications:SweepSeconds", "0");
            builder.ConfigureServices(services =>
            {
                services.Replace(ServiceDescriptor.Singleton<IClock>(Clock));
                services.MartenDaemonModeIsSolo();
                services.RunWolverineInSoloMode();
                services.DisableAllExternalWolverineTransports();
            });
        });
        host.BeforeEach(context =>
        {
            if (ActingAs is { } person) context.Request.Headers[DemoPersonHeader] = person.ToString();
        });
        return host;
    }

    public const string DemoPersonHeader = "X-Demo-Person";

    /// <summary>Stops the host and starts a new one on the same database, as after a deployment or a crash-free restart.</summary>
    public async Task RestartHost()
    {
        await Host.DisposeAsync();
        Host = await StartHost();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(nameof(AppCollection))]
public sealed class AppCollection : ICollectionFixture<AppFixture>;

/// <summary>Base for host tests: one host for the whole suite, every test starting from an empty store.</summary>
[Collection(nameof(AppCollection))]
public abstract class HostTest(AppFixture app) : IAsyncLifetime
{
    protected AppFixture App { get; } = app;
    protected IAlbaHost Host => App.Host;

    /// <summary>The directory every test starts with: an administrator and a person for each role.</summary>
    protected People People { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        App.Clock.Reset(AppFixture.Start);
        App.ActingAs = null;
        await Host.ResetAllMartenDataAsync();
        People = await People.Create(App);
    }

    protected void ActAs(Guid person) => App.ActingAs = person;

    /// <summary>The stream's current version, as a client reads it from the last ETag.</summary>
    protected async Task<long> StreamVersion(Guid streamId)
    {
        await using var session = Host.DocumentStore().QuerySession();
        return (await session.Events.FetchStreamStateAsync(streamId))?.Version ?? 0;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// The number of events in the store, leaving out the directory and membership set-up every test starts with
    /// (<see cref="People"/>, <see cref="Api.RegisterProgramme"/>), so "a refusal writes nothing" reads as a count.
    /// </summary>
    protected async Task<long> EventCount()
    {
        await using var session = Host.DocumentStore().QuerySession();
        var events = await session.Events.QueryAllRawEvents().ToListAsync();
        return events.Count(e => e.Data is not (OrganisationRegistered or PersonRegistered or ProgrammeMemberAssigned or ProgrammeMemberRemoved));
    }
}
