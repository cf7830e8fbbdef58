using Governance.Projections;
using JasperFx.Events.Daemon;
using Marten;
using NodaTime;
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

        var schema = builder.Configuration["Governance:Schema"] ?? GovernanceStore.DefaultSchema;

        builder.Services.AddSingleton<IClock>(SystemClock.Instance);

        builder.Services.AddMarten(opts => opts.ConfigureGovernance(connectionString, schema))
            .UseLightweightSessions()
            // Async projections are distributed by Wolverine: on one node it runs them all, on several nodes
            // exactly one node runs each (never Marten's HotCold: see build/bridge/README.md).
            .IntegrateWithWolverine(w => w.UseWolverineManagedEventSubscriptionDistribution = true);

        builder.Host.UseWolverine(opts =>
        {
            opts.UseRuntimeCompilation();
            opts.Policies.AutoApplyTransactions();
        });

        builder.Services.AddHealthChecks().AddNpgSql(connectionString, name: "postgresql", tags: ["db"]);
        return builder;
    }
}
