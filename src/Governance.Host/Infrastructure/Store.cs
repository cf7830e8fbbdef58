using Governance.Projections;
using JasperFx.Events.Daemon;
using Marten;
using NodaTime;
using Npgsql;
using Wolverine;
using Wolverine.Marten;

namespace Governance.Host.Infrastructure;

public static class Store
{
    public const string ConnectionStringName = "Governance";

    /// <summary>
    /// Marten on PostgreSQL as the event store, Wolverine as the command and message runtime on top of it.
    /// The connection string is "ConnectionStrings:Governance" (env: ConnectionStrings__Governance).
    /// </summary>
    public static WebApplicationBuilder AddGovernanceStore(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings__{ConnectionStringName} (see README), or start the application with ./run.sh, which starts a private PostgreSQL.");

        connectionString = LockWaits.WithLockTimeout(WithConnectTimeout(connectionString, builder.Configuration), builder.Configuration);
        var schema = builder.Configuration["Governance:Schema"] ?? GovernanceStore.DefaultSchema;

        builder.Services.AddSingleton<IClock>(SystemClock.Instance);

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMarten(opts =>
            {
                opts.ConfigureGovernance(connectionString, schema);
                opts.Listeners.Add(new UnattributedEventsRefused());
            })
            // Every session, for the API, the pages and work outside a request, comes from one factory that stamps
            // who did it (AttributedSessions.cs).
            .BuildSessionsWith<AttributedSessions>()
            // Async projections are distributed by Wolverine: on one node it runs them all, on several nodes
            // exactly one node runs each (never Marten's HotCold: see build/bridge/README.md).
            .IntegrateWithWolverine(w => w.UseWolverineManagedEventSubscriptionDistribution = true);

        // Work outside a request (demo load, first administrator) opens its sessions with a named actor.
        builder.Services.AddSingleton(sp => (AttributedSessions)sp.GetRequiredService<ISessionFactory>());

        builder.Host.UseWolverine(opts =>
        {
            opts.UseRuntimeCompilation();
            opts.Policies.AutoApplyTransactions();
            ConfigureCluster(opts.Durability, builder.Configuration);
        });
        builder.Services.StartWolverineWhenTheDatabaseAnswers();

        builder.Services.AddHealthChecks()
            .AddNpgSql(connectionString, name: "postgresql", tags: ["db"])
            .AddCheck<StoreStartup>("store-start", tags: ["db"]);
        return builder;
    }

    /// <summary>
    /// How fast the other nodes notice a dead one: every node writes a heartbeat every <c>HealthCheckSeconds</c>, and
    /// the leader moves a node's asynchronous projections elsewhere once its heartbeat is <c>StaleNodeSeconds</c> old.
    /// Wolverine's defaults (10 s, 60 s) are kept unless configured; shorter means a faster takeover but a busy node
    /// that misses heartbeats is given up sooner (docs/operations.md "Several nodes").
    /// </summary>
    private static void ConfigureCluster(DurabilitySettings durability, IConfiguration configuration)
    {
        if (configuration.GetValue<int?>("Governance:Cluster:HealthCheckSeconds") is > 0 and var healthCheck)
            durability.HealthCheckPollingTime = TimeSpan.FromSeconds(healthCheck);
        if (configuration.GetValue<int?>("Governance:Cluster:StaleNodeSeconds") is > 0 and var stale)
            durability.StaleNodeTimeout = TimeSpan.FromSeconds(stale);
    }

    public const string ConnectTimeoutKey = "Governance:Database:ConnectTimeoutSeconds";
    public const int DefaultConnectTimeoutSeconds = 3;

    /// <summary>
    /// Npgsql waits 15 s for a connection by default; while the database is unreachable every request would hang that
    /// long before its 503. A short connect timeout (configurable; an explicit <c>Timeout=</c> in the connection string
    /// wins) makes requests fail fast. A refused connection fails at once either way: this bounds the slow cases, a
    /// server that does not answer at all.
    /// </summary>
    private static string WithConnectTimeout(string connectionString, IConfiguration configuration)
    {
        // The plain builder knows only the keys actually written in the string (Npgsql's own knows them all).
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (written.ContainsKey("Timeout") && configuration[ConnectTimeoutKey] is null) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString)
        {
            Timeout = configuration.GetValue(ConnectTimeoutKey, DefaultConnectTimeoutSeconds),
        }.ConnectionString;
    }
}
