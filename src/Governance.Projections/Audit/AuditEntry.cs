using NodaTime;

namespace Governance.Projections.Audit;

/// <summary>
/// One row of a programme's audit trail: one event, when it was recorded, what it was, and who did it.
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
    public string Description { get; set; } = "";
    public string? Person { get; set; }
    public string? Organisation { get; set; }
    public string? CorrelationId { get; set; }
}
