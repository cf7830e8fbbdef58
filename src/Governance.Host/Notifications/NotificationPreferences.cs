using Governance.Projections.Notifications;

namespace Governance.Host.Notifications;

/// <summary>How a person wants to hear about a kind of notification by e-mail. The inbox always shows it.</summary>
public enum Delivery { Immediately, WeeklyDigest, Off }

/// <summary>A person's choices, keyed by their person id. A kind without a choice is sent immediately.</summary>
public sealed class NotificationPreferences
{
    public Guid Id { get; set; }
    public Dictionary<NotificationKind, Delivery> ByKind { get; set; } = [];

    public Delivery For(NotificationKind kind) => ByKind.TryGetValue(kind, out var delivery) ? delivery : Delivery.Immediately;
}
