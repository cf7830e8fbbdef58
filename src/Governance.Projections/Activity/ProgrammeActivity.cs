using NodaTime;

namespace Governance.Projections.Activity;

/// <summary>
/// How busy a programme is: every event of the programme (its own stream and its decision and session streams)
/// counted per month and per kind, and when the latest one happened. Built asynchronously, so it may lag the
/// latest write by a few seconds: nothing that someone reads right after their own write depends on it.
/// </summary>
public sealed class ProgrammeActivity
{
    public Guid Id { get; set; }

    /// <summary>All events of the programme counted so far; equals the programme's events in the store once caught up.</summary>
    public long EventCount { get; set; }

    /// <summary>When the latest counted event was recorded (its business time).</summary>
    public Instant? LastActivityAt { get; set; }

    public string? LastEventType { get; set; }

    /// <summary>The store's sequence number of the latest counted event: compare with the store's high-water mark to see the lag.</summary>
    public long LastSequence { get; set; }

    /// <summary>Per calendar month (Europe/Amsterdam, "yyyy-MM") and kind, in the order they first occurred.</summary>
    public List<MonthlyActivity> Months { get; set; } = [];
}

/// <param name="Kind">The capability the events belong to, e.g. "Decisions", "Reflection", "Partners".</param>
public sealed record MonthlyActivity(string Month, string Kind, int Count);
