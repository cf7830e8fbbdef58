using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Notifications;

public static class NotificationsModule
{
    public static StoreOptions ConfigureNotifications(this StoreOptions opts)
    {
        // Inline: the reminder is planned in the transaction that appends its cause.
        opts.Projections.Add<ReminderTriggersProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<ReminderDue>().Index(x => x.DueUtc);
        return opts;
    }
}
