using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Reflection;

/// <summary>
/// A reflection session was scheduled. The start is a zoned time (Europe/Amsterdam where people see it), so the
/// session stays at 14:00 local time across a change to or from summer time.
/// </summary>
public sealed record ReflectionSessionScheduled(
    Guid SessionId,
    Guid ProgrammeId,
    string Title,
    ZonedDateTime Start,
    Duration Length,
    string Location,
    string Facilitator,
    IReadOnlyList<string> Invitees,
    Instant RecordedAt) : IReflectionSessionEvent
{
    /// <summary>The invitees who are people in our directory: they receive the calendar invitation and reminders.</summary>
    public IReadOnlyList<Guid> InviteePersonIds { get; init; } = [];

    /// <summary>
    /// Set when this session is this programme's part of a gezamenlijke sessie (docs/adr/0004): the sessions of the
    /// covered programmes share this id, and with it one calendar appointment. Null for a session of one programme.
    /// </summary>
    public Guid? JointSessionId { get; init; }
}

public sealed record ReflectionSessionRescheduled(Guid SessionId, Guid ProgrammeId, ZonedDateTime Start, Duration Length, string Location, string Reason, Instant RecordedAt) : IReflectionSessionEvent;

/// <summary>Cancelled, with its reason (the ADR notes "Urgent gaat voor belangrijk (reflectie)": the reason matters).</summary>
public sealed record ReflectionSessionCancelled(Guid SessionId, Guid ProgrammeId, string Reason, Instant RecordedAt) : IReflectionSessionEvent;

/// <summary>
/// The session took place: who attended, which of the seven questions of rec. 9 were addressed, what came out.
/// Confidential notes are visible only to the session's attendees and the opdrachtgevers.
/// </summary>
public sealed record ReflectionSessionHeld(
    Guid SessionId,
    Guid ProgrammeId,
    LocalDate HeldOn,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<ReflectionQuestion> QuestionsAddressed,
    string Outcomes,
    string? ConfidentialNotes,
    Instant RecordedAt) : IReflectionSessionEvent
{
    /// <summary>
    /// The attendees who are people in our directory: they, and the opdrachtgevers, may read the confidential notes.
    /// </summary>
    public IReadOnlyList<Guid> AttendingPersonIds { get; init; } = [];
}

public sealed record LessonCaptured(Guid SessionId, Guid ProgrammeId, Guid LessonId, string Lesson, Instant RecordedAt) : IReflectionSessionEvent;

public sealed record FollowUpActionAgreed(Guid SessionId, Guid ProgrammeId, Guid ActionId, string Action, string Owner, LocalDate DueOn, Instant RecordedAt) : IReflectionSessionEvent
{
    /// <summary>The owner as a person in our directory, when they are one: they are reminded once the action is overdue.</summary>
    public Guid? OwnerPersonId { get; init; }
}

public sealed record FollowUpActionCompleted(Guid SessionId, Guid ProgrammeId, Guid ActionId, LocalDate CompletedOn, Instant RecordedAt) : IReflectionSessionEvent;

/// <summary>The seven reflection questions of recommendation 9 (004 l. 1385–1427), in the source's order.</summary>
public enum ReflectionQuestion
{
    /// <summary>"heeft ons werk voldoende impact op de opgave (of moet het anders)?"</summary>
    ImpactOpDeOpgave = 1,
    /// <summary>"Is de formulering van de opgave nog optimaal?"</summary>
    FormuleringVanDeOpgave = 2,
    /// <summary>"Zijn er nieuwe ontwikkelingen of nieuwe stakeholders (en wat doen we daarmee)?"</summary>
    NieuweOntwikkelingen = 3,
    /// <summary>"Is onze samenwerking goed (wat werkt goed en wat kan beter)?"</summary>
    KwaliteitVanDeSamenwerking = 4,
    /// <summary>"Zijn de partijen … in balans … of tekent zich een disbalans af?"</summary>
    BalansTussenPartijen = 5,
    /// <summary>"Is er een beleving van wederzijdse afhankelijkheid …?"</summary>
    WederzijdseAfhankelijkheid = 6,
    /// <summary>"Hoe leren we met elkaar van de (tussen-)resultaten …?"</summary>
    SamenLeren = 7,
}
