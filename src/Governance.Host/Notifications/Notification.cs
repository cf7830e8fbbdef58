using Governance.Projections.Notifications;
using NodaTime;

namespace Governance.Host.Notifications;

public enum MailStatus
{
    /// <summary>The person chose "off" for this kind, or has no e-mail address: only the inbox.</summary>
    NotWanted,
    /// <summary>Waiting to be sent (again, after a failure, from <see cref="Notification.NextAttemptUtc"/>).</summary>
    Pending,
    /// <summary>Claimed by a sweep that is sending it now.</summary>
    Sending,
    /// <summary>Waits for the person's weekly digest.</summary>
    AwaitingDigest,
    Sent,
    /// <summary>Gave up after <see cref="NotificationSweep.MaxAttempts"/> tries: on the administrators' list.</summary>
    Failed,
}

/// <summary>
/// One message to one person: an item of their in-app inbox (Dutch, read or unread) and, by their preference, an
/// e-mail. The e-mail's state lives here too, so a failure is retried and stays visible instead of disappearing.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public NotificationKind Kind { get; set; }
    public Guid ProgrammeId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    /// <summary>The page of what it is about (the decision, the session), a path within the site; null in notifications made before links were kept.</summary>
    public string? Link { get; set; }
    public Instant CreatedAt { get; set; }
    public Instant? ReadAt { get; set; }

    public string? Email { get; set; }
    /// <summary>The calendar attachment (text/calendar), for invitations and cancellations.</summary>
    public string? Calendar { get; set; }
    public string? CalendarMethod { get; set; }
    public MailStatus MailStatus { get; set; }
    public int MailAttempts { get; set; }
    /// <summary>DateTimeOffset, not Instant: the sweep filters on it in LINQ.</summary>
    public DateTimeOffset NextAttemptUtc { get; set; }
    public string? LastError { get; set; }
    public Instant? SentAt { get; set; }
}

/// <summary>A sweep's claim on one sending attempt: its unique id lets exactly one node send it.</summary>
public sealed class DeliveryClaim
{
    public string Id { get; set; } = "";
}
