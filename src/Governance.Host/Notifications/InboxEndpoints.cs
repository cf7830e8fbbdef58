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
    /// De meldingen van de aangemelde persoon, nieuwste eerst. Met <c>unread=true</c> alleen de ongelezen meldingen.
    /// </summary>
    [WolverineGet("/api/me/inbox", OperationId = "getInbox")]
    [Tags("Meldingen")]
    [RequiresSignIn]
    [ProducesResponseType<IReadOnlyList<InboxItem>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<InboxItem>> Get(bool? unread, HttpContext http, IQuerySession session)
    {
        var personId = http.User.PersonIdOf()!.Value;
        var items = await session.Query<Notification>().Where(n => n.PersonId == personId).Take(500).ToListAsync(http.RequestAborted);
        return items
            .Where(n => unread != true || n.ReadAt is null)
            .OrderByDescending(n => n.CreatedAt)
            .Select(n => new InboxItem(n.Id, n.Kind, n.ProgrammeId, n.Title, n.Body, n.CreatedAt, n.ReadAt is not null, n.Link ?? Links.Programme(n.ProgrammeId)))
            .ToList();
    }

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
