using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Wolverine;
using Wolverine.Runtime;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Lets the host start while PostgreSQL is not reachable yet, and finish starting by itself once it is.
/// Wolverine's runtime cannot start without its database (it migrates its tables and registers the node there) and
/// cannot be started a second time after a failed start, so its start waits for the database here: at once when
/// the database answers, else in the background, retried every <see cref="RetryInterval"/>. Until then
/// <see cref="DatabaseOutages.UseDatabaseStartGate"/> answers 503 and the health check reports why. Start-up work
/// that needs the database (the bootstrap administrator, the demo) runs through <see cref="RunOnceReady"/>.
/// </summary>
public sealed class StoreStartup(IDocumentStore store, IHostApplicationLifetime lifetime, ILogger<StoreStartup> log) : IHealthCheck
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    internal void MarkReady() => _ready.TrySetResult();

    public async Task<bool> CanConnect(CancellationToken ct)
    {
        try
        {
            await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
            await connection.OpenAsync(ct);
            return true;
        }
        catch (Exception e) when (DatabaseOutages.IsDatabaseUnavailable(e))
        {
            return false;
        }
    }

    /// <summary>
    /// Runs start-up work that needs the database: as part of the start when the store is ready (as before), else
    /// in the background once it is, retrying while the database is away, so the host's start never waits for it.
    /// </summary>
    public Task RunOnceReady(string what, Func<CancellationToken, Task> work, CancellationToken startToken)
    {
        if (IsReady) return work(startToken);
        var stopping = lifetime.ApplicationStopping;
        _ = Task.Run(async () =>
        {
            try
            {
                await _ready.Task.WaitAsync(stopping);
                while (true)
                {
                    try
                    {
                        await work(stopping);
                        log.LogInformation("{What}: done, now that the database is reachable", what);
                        return;
                    }
                    catch (Exception e) when (DatabaseOutages.IsDatabaseUnavailable(e))
                    {
                        await Task.Delay(RetryInterval, stopping);
                    }
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                log.LogError(e, "{What} failed after the database became reachable", what);
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(IsReady
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("De database was bij het starten niet bereikbaar; de start wordt afgerond zodra ze dat is."));
}

/// <summary>
/// Stands in for Wolverine's runtime among the hosted services (see <see cref="StoreStartup"/>): starts it when the
/// database answers, and otherwise lets the rest of the host — the web server above all — start without it.
/// </summary>
public sealed class DeferredWolverineStart(IHostedService runtime, StoreStartup startup, IHostApplicationLifetime lifetime, ILogger<StoreStartup> log) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _waiting = Task.CompletedTask;
    private bool _started;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await startup.CanConnect(cancellationToken))
        {
            await StartRuntime(cancellationToken);
            return;
        }
        log.LogWarning("The database is not reachable: the host starts without it, answers 503 and finishes starting when the database is back");
        _waiting = Task.Run(WaitForTheDatabase, CancellationToken.None);
    }

    private async Task StartRuntime(CancellationToken ct)
    {
        await runtime.StartAsync(ct);
        _started = true;
        startup.MarkReady();
    }

    private async Task WaitForTheDatabase()
    {
        try
        {
            while (!await startup.CanConnect(_stopping.Token))
                await Task.Delay(StoreStartup.RetryInterval, _stopping.Token);
            await StartRuntime(_stopping.Token);
            log.LogWarning("The database is reachable: the host has finished starting");
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // Wolverine cannot retry a failed start (the database went away again halfway): stop, so the process
            // supervisor starts a fresh host rather than this one serving 503 for ever.
            log.LogCritical(e, "Finishing the start after the database came back failed; the host stops");
            lifetime.StopApplication();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _waiting;
        if (_started) await runtime.StopAsync(cancellationToken);
    }
}

public static class StoreStartupRegistration
{
    /// <summary>
    /// Wraps Wolverine's runtime, registered by <c>UseWolverine</c> as a hosted service through a factory, in
    /// <see cref="DeferredWolverineStart"/>. Call after <c>UseWolverine</c>.
    /// </summary>
    public static IServiceCollection StartWolverineWhenTheDatabaseAnswers(this IServiceCollection services)
    {
        services.AddSingleton<StoreStartup>();
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(IHostedService) || descriptor.IsKeyedService
                || descriptor.ImplementationFactory is not { } factory) continue;
            services[i] = new ServiceDescriptor(typeof(IHostedService), sp =>
            {
                var hosted = (IHostedService)factory(sp);
                return hosted is IWolverineRuntime
                    ? new DeferredWolverineStart(hosted, sp.GetRequiredService<StoreStartup>(),
                        sp.GetRequiredService<IHostApplicationLifetime>(), sp.GetRequiredService<ILogger<StoreStartup>>())
                    : hosted;
            }, descriptor.Lifetime);
        }
        return services;
    }
}
