using System.Text.Json;
using Alba;
using Governance.Host.Notifications;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Governance.Host.Tests.Notifications;

/// <summary>Helpers of the notification tests: sweep as the administrator would, read inboxes and invitations.</summary>
public static class NotificationsApi
{
    /// <summary>Runs the sweep through the administrators' endpoint, then acts as <paramref name="actAsAfterwards"/> again.</summary>
    public static async Task<SweepResult> Sweep(this AppFixture app, People people)
    {
        var before = app.ActingAs;
        app.ActingAs = people.Administrator;
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Url("/api/admin/notifications/sweep");
            s.StatusCodeShouldBe(200);
        });
        app.ActingAs = before;
        return await result.Read<SweepResult>();
    }

    /// <summary>The sweep as a node's background loop runs it, without HTTP: for "several nodes at once".</summary>
    public static Task<SweepResult> SweepDirectly(this AppFixture app) =>
        app.Host.Services.GetRequiredService<NotificationSweep>().RunAsync(CancellationToken.None);

    public static async Task<List<InboxItem>> Inbox(this AppFixture app, Guid personId, bool unreadOnly = false)
    {
        var before = app.ActingAs;
        app.ActingAs = personId;
        var result = await app.Host.Scenario(s => s.Get.Url("/api/me/inbox" + (unreadOnly ? "?unread=true" : "")));
        app.ActingAs = before;
        return await result.Read<List<InboxItem>>();
    }

    public static Calendar Invitation(this MimeMessage message)
    {
        var part = message.BodyParts.OfType<TextPart>().Single(p => p.ContentType.MimeType == "text/calendar");
        return Calendar.Load(part.Text) ?? throw new InvalidOperationException("No calendar in the message");
    }

    public static bool HasInvitation(this MimeMessage message) =>
        message.BodyParts.OfType<TextPart>().Any(p => p.ContentType.MimeType == "text/calendar");
}
