using Governance.Projections.Notifications;
using Marten;
using JasperFx;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Governance.Host.Notifications;

/// <summary>What one sweep did: reminders fired, programmes whose indicators turned rood, e-mails sent, sending failures.</summary>
public sealed record SweepResult(int RemindersFired, int IndicatorAlerts, int MailsSent, int MailFailures);

/// <summary>
/// Fires the reminders that are due by the injected clock and sends the e-mail that is waiting. Safe to run on
/// every node at once: a firing and each sending attempt are claimed by inserting a document with a unique id in
/// the same transaction as their effects, so exactly one node wins each (docs/adr/0002-reminders.md).
/// </summary>
public sealed partial class NotificationSweep(IDocumentStore store, IClock clock, MailSender mail, IOptions<MailOptions> mailOptions,
    IOptions<NotificationOptions> notificationOptions, ILogger<NotificationSweep> log)
{
    public const int MaxAttempts = 5;

    public async Task<SweepResult> RunAsync(CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var fired = await FireDueReminders(now, ct);
        var alerts = await CheckIndicatorsDaily(now, ct);
        var (sent, failed) = await SendPendingMail(now, ct);
        var (digestsSent, digestsFailed) = await SendDueDigests(now, ct);
        return new SweepResult(fired, alerts, sent + digestsSent, failed + digestsFailed);
    }

    private async Task<int> FireDueReminders(Instant now, CancellationToken ct)
    {
        var nowUtc = now.ToDateTimeOffset();
        List<ReminderDue> due;
        await using (var query = store.QuerySession())
            due = [.. await query.Query<ReminderDue>().Where(r => r.DueUtc <= nowUtc).OrderBy(r => r.DueUtc).ToListAsync(ct)];
        if (due.Count == 0) return 0;

        HashSet<string> alreadyFired;
        await using (var query = store.QuerySession())
            alreadyFired = (await query.LoadManyAsync<ReminderFired>(ct, due.Select(r => r.FiringKey).ToArray())).Select(f => f.Id).ToHashSet();

        var count = 0;
        foreach (var reminder in due.Where(r => !alreadyFired.Contains(r.FiringKey)))
        {
            await using var session = store.LightweightSession();
            session.Insert(new ReminderFired { Id = reminder.FiringKey, FiredAt = now });
            if (reminder.OneChange) session.Delete<ReminderDue>(reminder.Id);
            if (await ReminderMessages.Compose(session, reminder, now, ct) is { } message)
                await Address(session, reminder.ProgrammeId, message, now, ct);
            try
            {
                await session.SaveChangesAsync(ct);
                count++;
            }
            catch (DocumentAlreadyExistsException)
            {
                // Another node fired it a moment ago: its notifications stand, ours are discarded with this transaction.
            }
        }
        return count;
    }

    /// <summary>One notification per recipient, e-mailed now, in the weekly digest or not at all, as they chose.</summary>
    private async Task Address(IDocumentSession session, Guid programmeId, ReminderMessage message, Instant now, CancellationToken ct)
    {
        var people = await ReminderMessages.People(session, message.Recipients, ct);
        var preferences = (await session.LoadManyAsync<NotificationPreferences>(ct, people.Keys.ToArray())).ToDictionary(p => p.Id);
        foreach (var person in people.Values)
        {
            var delivery = preferences.TryGetValue(person.Id, out var p) ? p.For(message.Kind) : Delivery.Immediately;
            var hasAddress = !string.IsNullOrWhiteSpace(person.Email);
            session.Store(new Notification
            {
                Id = Guid.CreateVersion7(),
                PersonId = person.Id,
                Kind = message.Kind,
                ProgrammeId = programmeId,
                Title = message.Title,
                Body = message.Body,
                Link = message.Link,
                CreatedAt = now,
                Email = person.Email,
                Calendar = message.Session is { } s && message.CalendarMethod is { } method && hasAddress
                    ? CalendarInvitation.Create(s, method, s.CalendarSequence,
                        mailOptions.Value.From, person.Email, person.Name, now, Site,
                        s.JointSessionId is { } jointId ? await Reflection.Joint.JointSessions.InvitationText(session, jointId, person.Id, Site, ct) : null)
                    : null,
                CalendarMethod = message.CalendarMethod,
                MailStatus = !hasAddress || delivery == Delivery.Off ? MailStatus.NotWanted
                    : delivery == Delivery.WeeklyDigest ? MailStatus.AwaitingDigest : MailStatus.Pending,
                NextAttemptUtc = (delivery == Delivery.WeeklyDigest ? NextDigestMoment(now) : now).ToDateTimeOffset(),
            });
        }
    }

    /// <summary>Weekly digests go out on Monday at 08:00 Amsterdam time.</summary>
    public static Instant NextDigestMoment(Instant now)
    {
        var local = now.InZone(Governance.Domain.Common.AmsterdamTime.Zone).Date;
        var monday = local.Next(IsoDayOfWeek.Monday);
        return monday.At(ReminderTriggersProjection.MorningOf).InZoneLeniently(Governance.Domain.Common.AmsterdamTime.Zone).ToInstant();
    }

    private async Task<(int Sent, int Failed)> SendPendingMail(Instant now, CancellationToken ct)
    {
        if (!mail.Enabled) return (0, 0);
        var nowUtc = now.ToDateTimeOffset();
        List<Notification> pending;
        await using (var query = store.QuerySession())
            pending = [.. await query.Query<Notification>()
                .Where(n => n.MailStatus == MailStatus.Pending && n.NextAttemptUtc <= nowUtc)
                .OrderBy(n => n.NextAttemptUtc).Take(200).ToListAsync(ct)];

        int sent = 0, failed = 0;
        foreach (var notification in pending)
        {
            if (!await Claim([notification], $"mail:{notification.Id}:{notification.MailAttempts + 1}", ct)) continue;
            try
            {
                await mail.SendAsync(notification.Email!, notification.Title, Greeting(notification.Body + LinkLine(notification)), notification.Calendar, notification.CalendarMethod, ct);
                await Record([notification], n => { n.MailStatus = MailStatus.Sent; n.SentAt = now; n.LastError = null; }, ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                log.LogWarning(e, "Sending notification {NotificationId} failed (attempt {Attempt})", notification.Id, notification.MailAttempts);
                await Record([notification], n => Retry(n, MailStatus.Pending, e, now), ct);
            }
        }
        return (sent, failed);
    }

    private async Task<(int Sent, int Failed)> SendDueDigests(Instant now, CancellationToken ct)
    {
        if (!mail.Enabled) return (0, 0);
        var nowUtc = now.ToDateTimeOffset();
        List<Notification> waiting;
        await using (var query = store.QuerySession())
            waiting = [.. await query.Query<Notification>()
                .Where(n => n.MailStatus == MailStatus.AwaitingDigest && n.NextAttemptUtc <= nowUtc)
                .OrderBy(n => n.CreatedAt).Take(1000).ToListAsync(ct)];

        int sent = 0, failed = 0;
        foreach (var digest in waiting.GroupBy(n => n.PersonId))
        {
            var items = digest.ToList();
            var first = items[0];
            if (!await Claim(items, $"digest:{first.Id}:{first.MailAttempts + 1}", ct)) continue;
            try
            {
                var body = string.Join("\n\n", items.Select(n => $"- {n.Title}\n  {n.Body}{LinkLine(n).Replace("\n\n", "\n  ")}"));
                await mail.SendAsync(first.Email!, $"Weekoverzicht: {items.Count} meldingen", Greeting(body), null, null, ct);
                await Record(items, n => { n.MailStatus = MailStatus.Sent; n.SentAt = now; n.LastError = null; }, ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                log.LogWarning(e, "Sending the weekly digest to {PersonId} failed", digest.Key);
                await Record(items, n => Retry(n, MailStatus.AwaitingDigest, e, now), ct);
            }
        }
        return (sent, failed);
    }

    /// <summary>Marks the notifications as being sent, under a claim that only one node can insert.</summary>
    private async Task<bool> Claim(IReadOnlyList<Notification> notifications, string claimId, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Insert(new DeliveryClaim { Id = claimId });
        foreach (var n in notifications)
        {
            n.MailAttempts++;
            n.MailStatus = MailStatus.Sending;
            session.Store(n);
        }
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (DocumentAlreadyExistsException)
        {
            return false;
        }
    }

    private async Task Record(IReadOnlyList<Notification> notifications, Action<Notification> change, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        foreach (var n in notifications)
        {
            change(n);
            session.Store(n);
        }
        // Not the request's token: what was sent must be recorded even when the caller stops waiting.
        await session.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Back off 1, 5, 15, 60 minutes; after the last attempt it is Failed and on the administrators' list.</summary>
    private static void Retry(Notification n, MailStatus waitAgainAs, Exception e, Instant now)
    {
        n.LastError = e.Message;
        n.MailStatus = n.MailAttempts >= MaxAttempts ? MailStatus.Failed : waitAgainAs;
        int[] minutes = [1, 5, 15, 60];
        n.NextAttemptUtc = now.Plus(Duration.FromMinutes(minutes[Math.Min(n.MailAttempts, minutes.Length) - 1])).ToDateTimeOffset();
    }

    /// <summary>Where to read it in the application: the page of the thing itself, at the site's public address.</summary>
    /// <summary>Where the site is served, for links in mails and calendar invitations.</summary>
    private Uri Site => new(notificationOptions.Value.SiteUrl.TrimEnd('/') + "/");

    private string LinkLine(Notification n) => n.Link is null ? "" : $"\n\nBekijk het hier: {notificationOptions.Value.SiteUrl.TrimEnd('/')}{n.Link}";

    private static string Greeting(string body) =>
        $"Beste,\n\n{body}\n\nU ontvangt dit bericht van Programmagovernance. Uw meldingen en voorkeuren vindt u in de applicatie.";
}
