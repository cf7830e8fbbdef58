using Marten;

namespace Governance.Host.Notifications;

public static class NotificationsSetup
{
    /// <summary>Inbox, e-mail (settings "Mail") and the reminder sweep (settings "Notifications").</summary>
    public static WebApplicationBuilder AddGovernanceNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MailOptions>(builder.Configuration.GetSection(MailOptions.Section));
        builder.Services.Configure<NotificationOptions>(builder.Configuration.GetSection(NotificationOptions.Section));
        builder.Services.AddSingleton<MailSender>();
        builder.Services.AddSingleton<NotificationSweep>();
        builder.Services.AddHostedService<NotificationSweepService>();
        builder.Services.ConfigureMarten(opts =>
        {
            // The inbox is selected, ordered and paged by the database (InboxEndpoints.Selection): person, creation and
            // read time are columns; the sweep finds what is due by its next attempt.
            opts.Schema.For<Notification>()
                .Duplicate(x => x.PersonId)
                .Duplicate(x => x.CreatedAt, pgType: "timestamp with time zone", dbType: NpgsqlTypes.NpgsqlDbType.TimestampTz)
                .Duplicate(x => x.ReadAt, pgType: "timestamp with time zone", dbType: NpgsqlTypes.NpgsqlDbType.TimestampTz)
                .Index(x => x.NextAttemptUtc);
            opts.RegisterDocumentType<DeliveryClaim>();
            opts.RegisterDocumentType<NotificationPreferences>();
        });
        return builder;
    }
}
