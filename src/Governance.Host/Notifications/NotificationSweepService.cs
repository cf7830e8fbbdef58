using Microsoft.Extensions.Options;

namespace Governance.Host.Notifications;

/// <summary>
/// Runs the sweep on every node at a fixed interval. The reminders themselves are durable rows in PostgreSQL, so a
/// restart loses nothing: the next sweep after start-up fires whatever fell due meanwhile.
/// </summary>
public sealed class NotificationSweepService(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, ILogger<NotificationSweepService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.SweepSeconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.SweepSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<NotificationSweep>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not end the loop: the next tick tries again.
                log.LogError(e, "The notification sweep failed");
            }
        }
    }
}
