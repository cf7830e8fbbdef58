using NodaTime;

namespace Governance.Domain.Common;

/// <summary>
/// Every governance event belongs to one programme and records when it was recorded. Cross-stream read models
/// (overview, audit trail, health facts) key on <see cref="ProgrammeId"/>; <see cref="RecordedAt"/> is the moment
/// the fact entered the system, which "as of" views compare against. A fact's own business date, where it has one
/// (a decision's date, a session's start), is a separate field.
/// </summary>
public interface IProgrammeEvent
{
    Guid ProgrammeId { get; }
    Instant RecordedAt { get; }
}
