using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Notifications;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Notifications;

/// <param name="Link">The page of what it is about (the decision, the session), a path within the site.</param>
public sealed record InboxItem(Guid Id, NotificationKind Kind, Guid ProgrammeId, string Title, string Body, Instant CreatedAt, bool Read, string Link);

public static class InboxEndpoints
{
    /// <summary>
    /// De meldingen van de aangemelde persoon, nieuwste eerst: de nieuwste 500. Met <c>unread=true</c> alleen de
    /// ongelezen meldingen.
    /// </summary>
    [WolverineGet("/api/me/inbox", OperationId = "getInbox")]
    [Tags("Meldingen")]
    [RequiresSignIn]
    [ProducesResponseType<IReadOnlyList<InboxItem>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<InboxItem>> Get(bool? unread, HttpContext http, IQuerySession session)
    {
        var items = await Selection(http.User.PersonIdOf()!.Value, unread == true, session).Take(MaxListed).ToListAsync(http.RequestAborted);
        return items.Select(ToItem).ToList();
    }

    /// <summary>The most the API lists at once; the Meldingen page pages through all of them.</summary>
    public const int MaxListed = 500;

    /// <summary>
    /// One person's notifications, newest first, selected and ordered by the database (person, creation and read time
    /// are columns: NotificationsSetup). Taking the first 500 before ordering them, as this once did, showed the oldest
    /// 500 to anyone with more and never their new ones.
    /// </summary>
    public static IQueryable<Notification> Selection(Guid personId, bool unreadOnly, IQuerySession session)
    {
        var mine = session.Query<Notification>().Where(n => n.PersonId == personId);
        if (unreadOnly) mine = mine.Where(n => n.ReadAt == null);
        return mine.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id);
    }

    public static InboxItem ToItem(Notification n) =>
        new(n.Id, n.Kind, n.ProgrammeId, n.Title, n.Body, n.CreatedAt, n.ReadAt is not null, n.Link ?? Links.Programme(n.ProgrammeId));

    /// <summary>Markeer een melding van de aangemelde persoon als gelezen. Antwoordt 204.</summary>
    [WolverinePost("/api/me/inbox/{id}/read", OperationId = "markInboxItemRead")]
    [Tags("Meldingen")]
    [RequiresSignIn]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static async Task<IResult> MarkRead(Guid id, HttpContext http, IDocumentSession session, IClock clock)
    {
        var notification = await session.LoadAsync<Notification>(id, http.RequestAborted);
        // Someone else's notification is "not found": its existence is not theirs to learn.
        if (notification is null || notification.PersonId != http.User.PersonIdOf()) return Problems.NotFound("Melding", id);
        notification.ReadAt ??= clock.GetCurrentInstant();
        session.Store(notification);
        await session.SaveChangesAsync(http.RequestAborted);
        return Results.NoContent();
    }
}
