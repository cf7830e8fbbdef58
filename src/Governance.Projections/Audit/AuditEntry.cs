using NodaTime;

namespace Governance.Projections.Audit;

/// <summary>
/// One row of a programme's audit trail: one event, when it was recorded, what happened and what about, and who did it.
/// The id is the event's own id, so an entry points at exactly one event in the store.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }
    public Guid ProgrammeId { get; set; }
    public Guid StreamId { get; set; }
    public long Version { get; set; }
    public Instant RecordedAt { get; set; }
    public string EventType { get; set; } = "";
    /// <summary>The kind of event in Dutch ("Besluit vastgelegd"), the same for every event of its type.</summary>
    public string Kind { get; set; } = "";
    /// <summary>What happened: the kind with the detail the event carries ("Besluit herzien: nieuwe cijfers").</summary>
    public string Description { get; set; } = "";
    /// <summary>The decision, session or partner the event is about, for naming and linking them.</summary>
    public Guid? DecisionId { get; set; }
    public Guid? SessionId { get; set; }
    public Guid? PartnerId { get; set; }
    /// <summary>Their names as they are called now: filled when the trail is read (<see cref="AuditSubjects"/>), not stored.</summary>
    public string? DecisionTitle { get; set; }
    public string? SessionTitle { get; set; }
    public string? PartnerName { get; set; }
    public string? Person { get; set; }
    public string? Organisation { get; set; }
    public string? CorrelationId { get; set; }
}
