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
            opts.Schema.For<Notification>().Index(x => x.PersonId).Index(x => x.NextAttemptUtc);
            opts.RegisterDocumentType<DeliveryClaim>();
            opts.RegisterDocumentType<NotificationPreferences>();
        });
        return builder;
    }
}
