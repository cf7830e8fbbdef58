using System.Diagnostics;
using Governance.Host.Access;
using Governance.Projections.Audit;
using Marten;

namespace Governance.Host.Infrastructure;

/// <summary>
/// The one source of document sessions in the host, for every way in: Wolverine's endpoints open their sessions
/// through it, and so does dependency injection for the pages. Within a request there is one session, stamped with
/// the signed-in person, their organisation and the request's correlation id — so whatever the request appends is
/// attributed, whether an API endpoint or a page form carried out the command, and the per-programme write lock
/// taken for the request (<see cref="ProgrammeWriteLock"/>) is held by the very session that writes. Work outside a
/// request names its actor (<see cref="OpenSession(Actor, string)"/>). A session opened any other way cannot save
/// events: <see cref="UnattributedEventsRefused"/> stops it.
/// </summary>
public sealed class AttributedSessions(IDocumentStore store, IHttpContextAccessor accessor) : ISessionFactory
{
    private static readonly object RequestSessionKey = new();

    public IQuerySession QuerySession() => store.QuerySession();

    /// <summary>The current request's session (opened on first use); outside a request an unattributed one.</summary>
    public IDocumentSession OpenSession()
    {
        if (accessor.HttpContext is not { } http) return store.LightweightSession();
        if (http.Items[RequestSessionKey] is IDocumentSession existing) return existing;

        var session = store.LightweightSession();
        if (Actor.Of(http.User) is { } actor) Stamp(session, actor, CorrelationOf(http));
        http.Items[RequestSessionKey] = session;
        return session;
    }

    /// <summary>A session for work that no request carries: its events are attributed to <paramref name="actor"/>.</summary>
    public IDocumentSession OpenSession(Actor actor, string correlationId)
    {
        var session = store.LightweightSession();
        Stamp(session, actor, correlationId);
        return session;
    }

    /// <summary>The same id Wolverine and the request log use for the request: its trace.</summary>
    private static string CorrelationOf(HttpContext http) => Activity.Current?.RootId ?? http.TraceIdentifier;

    private static void Stamp(IDocumentSession session, Actor actor, string correlationId)
    {
        session.CorrelationId = correlationId;
        session.LastModifiedBy = actor.Name;
        if (actor.PersonId is { } personId) session.SetHeader(AuditTrailProjection.PersonIdHeader, personId.ToString());
        if (actor.Organisation is { } organisation) session.SetHeader(AuditTrailProjection.OrganisationHeader, organisation);
    }
}

/// <summary>
/// The guard behind <see cref="AttributedSessions"/>: an event without an actor is never written. Any new way in
/// that opens a session of its own (rather than through the factory) fails its first write, in its first test.
/// </summary>
public sealed class UnattributedEventsRefused : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        var unattributed = session.PendingChanges.Streams().SelectMany(s => s.Events).FirstOrDefault(e => string.IsNullOrEmpty(e.UserName));
        if (unattributed is not null)
            throw new InvalidOperationException(
                $"An event ({unattributed.EventTypeName}) would be written without an actor. Open the session through " +
                $"{nameof(AttributedSessions)} (a request's session, or OpenSession(actor, correlationId) for work outside a request).");
        return Task.CompletedTask;
    }
}
