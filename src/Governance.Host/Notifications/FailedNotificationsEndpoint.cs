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
    /// E-mails die niet verstuurd konden worden: opgegeven, nog in herhaling na een fout, of meer dan tien minuten
    /// geleden opgepakt zonder resultaat (een server stopte tijdens het versturen). Niets verdwijnt stil; een beheerder
    /// ziet hier wat niet aankwam en waarom.
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

    /// <summary>
    /// Voer de herinneringsronde nu uit op deze server (die loopt ook elke minuut): stuurt wat aan de beurt is en
    /// verstuurt wachtende e-mail.
    /// </summary>
    [WolverinePost("/api/admin/notifications/sweep", OperationId = "sweepNotifications")]
    [Tags("Meldingen")]
    [RequiresAdministrator]
    [ProducesResponseType<SweepResult>(StatusCodes.Status200OK)]
    public static Task<SweepResult> Sweep(NotificationSweep sweep, CancellationToken ct) => sweep.RunAsync(ct);
}
