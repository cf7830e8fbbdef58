using Governance.Domain.Common;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Governance.Projections.Audit;

/// <summary>
/// Turns every governance event, from every stream, into an audit row of its programme. It works on the event
/// envelope (<see cref="IEvent"/>) rather than per event type so that a new event type is audited without anyone
/// having to remember to add it here.
/// </summary>
public partial class AuditTrailProjection : EventProjection
{
    /// <summary>The headers under which every event carries the acting person's id and organisation (the user name
    /// carries their name): stamped by the host on every session it writes with.</summary>
    public const string PersonIdHeader = "personId";
    public const string OrganisationHeader = "organisation";

    /// <summary>
    /// The event types a programme's trail can hold (its <c>eventType</c>, what <c>audit?type=</c> takes): every
    /// domain event that says which programme it belongs to, by name.
    /// </summary>
    public static readonly IReadOnlyList<string> EventTypeNames = typeof(IProgrammeEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IProgrammeEvent).IsAssignableFrom(t))
        .Select(t => t.Name).Order(StringComparer.Ordinal).ToList();

    public AuditTrailProjection()
    {
        // A rebuild empties the audit table first (Marten cannot know which documents an EventProjection writes), so
        // every row can be a plain insert: one per event, never updated. With RebuildOptions' bulk copy a rebuild
        // writes them through PostgreSQL's COPY instead of one upsert per row.
        Options.DeleteViewTypeOnTeardown<AuditEntry>();
    }

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is IProgrammeEvent data)
        {
            var description = EventDescriptions.Describe(e.Data);
            operations.Insert(new AuditEntry
            {
                Id = e.Id,
                ProgrammeId = data.ProgrammeId,
                StreamId = e.StreamId,
                Version = e.Version,
                RecordedAt = data.RecordedAt,
                EventType = e.Data.GetType().Name,
                Kind = description.Kind,
                Description = description.Text,
                DecisionId = description.DecisionId,
                SessionId = description.SessionId,
                PartnerId = description.PartnerId,
                Person = e.UserName,
                Organisation = e.Headers is { } headers && headers.TryGetValue(OrganisationHeader, out var organisation) ? organisation?.ToString() : null,
                CorrelationId = e.CorrelationId,
            });
        }
        return ValueTask.CompletedTask;
    }
}
