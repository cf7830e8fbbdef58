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

/// <summary>
/// An event on a decision's own stream (docs/adr/0001): <c>Decision</c> folds every one of them. The programme's own
/// stream holds the programme events that are neither this nor <see cref="IReflectionSessionEvent"/>.
/// </summary>
public interface IDecisionEvent : IProgrammeEvent
{
    Guid DecisionId { get; }
}

/// <summary>An event on a reflection session's own stream: <c>ReflectionSession</c> folds every one of them.</summary>
public interface IReflectionSessionEvent : IProgrammeEvent
{
    Guid SessionId { get; }
}
