using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Wolverine.Runtime;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Monitoring beyond /health and the logs: OpenTelemetry metrics (HTTP requests, .NET runtime, Marten, Wolverine,
/// Npgsql), pushed over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and/or offered to a Prometheus scraper
/// at /metrics when <c>Monitoring:Prometheus:ScrapeToken</c> is set. See docs/operations.md "Monitoring".
/// </summary>
public static class Telemetry
{
    public const string ScrapePath = "/metrics";

    /// <summary>The meters of the libraries underneath: Marten's and Wolverine's own, and Npgsql's connection pool and commands.</summary>
    private static readonly string[] LibraryMeters = ["Marten", "Marten.*", "Wolverine", "Wolverine*", "JasperFx*", "Npgsql"];

    public static WebApplicationBuilder AddGovernanceTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var scrape = !string.IsNullOrWhiteSpace(builder.Configuration["Monitoring:Prometheus:ScrapeToken"]);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "programmagovernance",
                serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(LibraryMeters);
                if (scrape) metrics.AddPrometheusExporter();
            });
        if (otlp)
        {
            // Traces only make sense where something collects them; metrics go the same way.
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource("Marten", "Wolverine", "Npgsql"));
            telemetry.UseOtlpExporter();
        }

        builder.Services.AddHostedService<NodeIdentityLog>();
        return builder;
    }

    /// <summary>
    /// The Prometheus scrape endpoint, only for a scraper that sends <c>Authorization: Bearer &lt;ScrapeToken&gt;</c>:
    /// metrics reveal load and failures, not personal data, but they are not for everyone. Without the token the path
    /// falls through to the normal pipeline (404).
    /// </summary>
    public static WebApplication UseGovernanceTelemetry(this WebApplication app)
    {
        var token = app.Configuration["Monitoring:Prometheus:ScrapeToken"];
        if (string.IsNullOrWhiteSpace(token)) return app;

        var expected = "Bearer " + token;
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == ScrapePath &&
            System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString()),
                System.Text.Encoding.UTF8.GetBytes(expected)));
        return app;
    }

    /// <summary>
    /// Writes this process's Wolverine node id and number to the log once it has joined the cluster, so an operator
    /// (and the reliability suite) can tell which process owns a row in wolverine_nodes and which node runs an
    /// asynchronous projection (mt_event_progression.running_on_node is that number).
    /// </summary>
    private sealed class NodeIdentityLog(IWolverineRuntime runtime, IHostApplicationLifetime lifetime, ILogger<NodeIdentityLog> logger)
        : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var started = new TaskCompletionSource();
            await using var _ = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
            await started.Task.WaitAsync(stoppingToken);
            var durability = runtime.Options.Durability;
            logger.LogInformation(
                "Wolverine node {NodeId} started as node number {NodeNumber} (process {ProcessId}); health check every {HealthCheck}, a node is stale after {StaleNode}",
                runtime.Options.UniqueNodeId, durability.AssignedNodeNumber, Environment.ProcessId, durability.HealthCheckPollingTime, durability.StaleNodeTimeout);
        }
    }
}
