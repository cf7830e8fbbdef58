using NodaTime;

namespace Governance.Projections.Notifications;

/// <summary>What a person can be told about; each person chooses per kind how (see NotificationPreferences).</summary>
public enum NotificationKind
{
    ReflectionInvitation,
    ReflectionReminder,
    DecisionReview,
    OverdueAction,
    BorgingPlanMissing,
    IndicatorRed,
    /// <summary>A partner dissented from a decision or agreed with reservations.</summary>
    DecisionPosition,
    /// <summary>A follow-up action was assigned to you.</summary>
    ActionAssigned,
    /// <summary>A tension was escalated to a body you sit in (or to the opdrachtgevers).</summary>
    TensionEscalated,
}

/// <summary>What a reminder does when it fires.</summary>
public enum ReminderKind
{
    /// <summary>A session was scheduled or moved: a calendar invitation (METHOD:REQUEST) to its invitees.</summary>
    SessionInvitation,
    /// <summary>A session was called off: a calendar cancellation (METHOD:CANCEL) to its invitees.</summary>
    SessionCancellation,
    /// <summary>A session is a few days away.</summary>
    SessionReminder,
    DecisionReview,
    ActionOverdue,
    BorgingPlanMissing,
    /// <summary>A partner dissented or agreed with reservations: told at once to the director, delegates and opdrachtgevers.</summary>
    PositionTaken,
    /// <summary>A follow-up action was agreed with a member as its owner: told at once to the owner.</summary>
    ActionAssigned,
    /// <summary>A tension was taken to a body: told at once to the people who sit in it (and the opdrachtgevers).</summary>
    TensionEscalated,
}

/// <summary>
/// A durable trigger: at <see cref="DueUtc"/> something must be said to someone. Written by
/// <see cref="ReminderTriggersProjection"/> in the same transaction as the event that causes it, so a trigger is
/// never lost between "the session was scheduled" and "the reminder was planned". Keyed by what it is about and
/// its kind, so a move replaces the old reminder rather than adding a second one.
/// </summary>
public sealed class ReminderDue
{
    public string Id { get; set; } = "";
    public ReminderKind Kind { get; set; }
    public Guid ProgrammeId { get; set; }
    /// <summary>The session, decision, follow-up action or programme it is about.</summary>
    public Guid SubjectId { get; set; }
    /// <summary>A DateTimeOffset rather than an Instant: Marten's LINQ cannot filter on NodaTime members here.</summary>
    public DateTimeOffset DueUtc { get; set; }
    /// <summary>The subject stream's version at the change: a calendar's SEQUENCE, higher for every later change.</summary>
    public long Sequence { get; set; }
    /// <summary>Named recipients known when the trigger was made (the owner of an action); others are looked up when it fires.</summary>
    public List<Guid> PersonIds { get; set; } = [];
    /// <summary>Dutch text the message needs that only the event had (an action's text, a cancellation reason).</summary>
    public string Detail { get; set; } = "";
    public LocalDate? Date { get; set; }
    /// <summary>Something else the message is about: the partner that took a position, the body a tension went to.</summary>
    public Guid? RelatedId { get; set; }
    /// <summary>The person whose own act this is (who took the position): not told of it themselves.</summary>
    public Guid? ByPersonId { get; set; }

    /// <summary>
    /// A row made for one change (an invitation, a position, an assignment, an escalation): it is never stored again
    /// under its key, so the sweep deletes it once fired. The other rows stay, so a later move that stores the same key
    /// anew can never be undone by the sweep's delete.
    /// </summary>
    public bool OneChange => Kind is ReminderKind.SessionInvitation or ReminderKind.SessionCancellation
        or ReminderKind.PositionTaken or ReminderKind.ActionAssigned or ReminderKind.TensionEscalated;

    /// <summary>The key of one firing: the same reminder due again at another moment (a moved session) fires again.</summary>
    public string FiringKey => $"{Id}@{DueUtc.UtcTicks}";
}

/// <summary>A reminder that fired. Inserted with the notifications it made, in one transaction: its unique id is what
/// makes a firing happen once, however many nodes sweep at the same moment.</summary>
public sealed class ReminderFired
{
    public string Id { get; set; } = "";
    public Instant FiredAt { get; set; }
}
