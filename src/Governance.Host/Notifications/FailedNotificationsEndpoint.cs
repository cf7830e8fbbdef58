using Governance.Host.Access;
using Governance.Projections.Notifications;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Notifications;

public sealed record FailedNotification(Guid Id, Guid PersonId, string? Email, NotificationKind Kind, string Title, MailStatus Status,
    int Attempts, string? LastError, Instant CreatedAt);

public static class FailedNotificationsEndpoints
{
    /// <summary>
    /// E-mails that could not be sent: given up (failed), still being retried after an error, or claimed for sending
    /// more than ten minutes ago without a result (a node stopped mid-send). Nothing is dropped silently; an
    /// administrator sees here what did not arrive and why.
    /// </summary>
    [WolverineGet("/api/admin/failed-notifications", OperationId = "getFailedNotifications")]
    [Tags("Meldingen")]
    [RequiresAdministrator]
    [ProducesResponseType<IReadOnlyList<FailedNotification>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<FailedNotification>> Get(IQuerySession session, IClock clock, CancellationToken ct)
    {
        var stuckSince = clock.GetCurrentInstant().Minus(Duration.FromMinutes(10)).ToDateTimeOffset();
        var failing = await session.Query<Notification>()
            .Where(n => n.MailStatus == MailStatus.Failed || n.LastError != null
                || (n.MailStatus == MailStatus.Sending && n.NextAttemptUtc < stuckSince))
            .Take(500).ToListAsync(ct);
        return failing.OrderByDescending(n => n.CreatedAt)
            .Select(n => new FailedNotification(n.Id, n.PersonId, n.Email, n.Kind, n.Title, n.MailStatus, n.MailAttempts, n.LastError, n.CreatedAt))
            .ToList();
    }

    /// <summary>Run the reminder sweep now on this node (it also runs every minute): fires what is due, sends waiting e-mail.</summary>
    [WolverinePost("/api/admin/notifications/sweep", OperationId = "sweepNotifications")]
    [Tags("Meldingen")]
    [RequiresAdministrator]
    [ProducesResponseType<SweepResult>(StatusCodes.Status200OK)]
    public static Task<SweepResult> Sweep(NotificationSweep sweep, CancellationToken ct) => sweep.RunAsync(ct);
}
