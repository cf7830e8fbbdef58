using Governance.Projections.Programmes;
using JasperFx.CommandLine;
using Marten;

namespace Governance.Host.Demo;

/// <summary>
/// The demo (issue 8): loaded on the first start of an empty store when <c>Demo:LoadOnStart</c> is true (set in
/// appsettings.Development.json, so ./run.sh shows it; tests and production leave it off), or on demand with the
/// <c>demo</c> command.
/// </summary>
public static class DemoSetup
{
    public const string LoadOnStartKey = "Demo:LoadOnStart";

    public static WebApplicationBuilder AddGovernanceDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DemoLoader>();
        if (builder.Configuration.GetValue<bool>(LoadOnStartKey))
            builder.Services.AddHostedService<DemoOnFirstStart>();
        return builder;
    }
}

/// <summary>Loads the demo when the application starts on a store without any programme.</summary>
public sealed class DemoOnFirstStart(DemoLoader loader, IDocumentStore store, Infrastructure.StoreStartup startup, ILogger<DemoOnFirstStart> logger) : IHostedService
{
    // Part of the start when the database is there; else done once it is (Infrastructure/StoreStartup.cs).
    public Task StartAsync(CancellationToken cancellationToken) => startup.RunOnceReady("Demo", LoadUnlessProgrammesExist, cancellationToken);

    private async Task LoadUnlessProgrammesExist(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        if (await session.Query<ProgrammeOverview>().AnyAsync(cancellationToken))
        {
            logger.LogInformation("Demo not loaded: the store already holds programmes.");
            return;
        }
        await loader.LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary><c>dotnet Governance.Host.dll demo</c>: load the demo into the configured database, unless it is already there.</summary>
[Description("Laadt de demo (GHNT, Wvggz, NP RES en demopersonen) in de database, als die er nog niet in staat", Name = "demo")]
public sealed class LoadDemoCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var loaded = await host.Services.GetRequiredService<DemoLoader>().LoadAsync();
        Console.WriteLine(loaded ? "Demo geladen." : "De demo stond er al; er is niets gewijzigd.");
        return true;
    }
}
