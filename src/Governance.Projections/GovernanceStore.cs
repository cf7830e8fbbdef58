using Governance.Projections.Access;
using Governance.Projections.Activity;
using Governance.Projections.Audit;
using Governance.Projections.Directory;
using Governance.Projections.Bodies;
using Governance.Projections.Care;
using Governance.Projections.Partners;
using Governance.Projections.Health;
using Governance.Projections.Programmes;
using Governance.Projections.Resources;
using Governance.Projections.Decisions;
using Governance.Projections.Reflection;
using Governance.Projections.Notifications;
using Weasel.Core;
using Marten;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Npgsql;
using NpgsqlTypes;
using Weasel.Postgresql;

namespace Governance.Projections;

/// <summary>
/// Everything Marten needs to know about the governance events and read models, in one place, so the host, the
/// projection tests and the benchmark harness configure the store identically.
/// </summary>
public static class GovernanceStore
{
    public const string DefaultSchema = "governance";

    public static StoreOptions ConfigureGovernance(this StoreOptions opts, string connectionString, string schema = DefaultSchema)
    {
        opts.Connection(connectionString);
        // Npgsql writes and reads NodaTime values itself, so a date or moment a read model keeps (a decision's review
        // date, when an audited event was recorded) can be a real column the database filters and sorts on without
        // opening the document. Weasel, which maps member types to columns and parameters for Marten, is told the same.
        opts.ConfigureNpgsqlDataSourceBuilder(builder => builder.UseNodaTime());
        PostgresqlProvider.Instance.RegisterMapping(typeof(LocalDate), "date", NpgsqlDbType.Date);
        PostgresqlProvider.Instance.RegisterMapping(typeof(Instant), "timestamp with time zone", NpgsqlDbType.TimestampTz);
        opts.DatabaseSchemaName = schema;
        // Marten.NodaTime is not served here: NodaTime goes through Marten's System.Text.Json serializer directly.
        // Enums are stored by name so the stored JSON stays readable and survives reordering of members.
        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, configure: o => o.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb));

        // One line per capability: each module registers its own projections.
        opts.ConfigureProgrammes();
        opts.ConfigureAudit();
        opts.ConfigureDirectory();
        opts.ConfigureAccess();
        opts.ConfigureBodies();
        opts.ConfigureResources();
        opts.ConfigureCare();
        opts.ConfigurePartners();
        opts.ConfigureDecisions();
        opts.ConfigureReflection();
        opts.ConfigureHealth();
        opts.ConfigureNotifications();
        opts.ConfigureActivity();
        opts.ConfigureRebuilds();
        return opts;
    }
}
