using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using NodaTime;

namespace Governance.Projections.Reflection;

/// <summary>
/// A reflection session as everyone involved reads it, and as the calendar lists it. It never holds the
/// confidential notes: those live in <see cref="ConfidentialReflectionNotes"/>, which only a rights-checked reader
/// may load.
/// </summary>
public sealed class ReflectionSessionView
{
    public Guid Id { get; set; }
    public Guid ProgrammeId { get; set; }
    public string Title { get; set; } = "";
    public ZonedDateTime Start { get; set; }
    public ZonedDateTime End { get; set; }
    public Duration Length { get; set; }
    // RFC 3339 companions of the zoned times and the duration above, for clients whose libraries read neither
    // "2026-05-12T14:00:00+02 Europe/Amsterdam" nor "2:00:00" (docs/api.md "Conventions").
    public Instant StartUtc => Start.ToInstant();
    public Instant EndUtc => End.ToInstant();
    public int LengthMinutes => (int)Length.TotalMinutes;
    public string Location { get; set; } = "";
    public string Facilitator { get; set; } = "";
    public List<string> Invitees { get; set; } = [];
    public List<Guid> InviteePersonIds { get; set; } = [];
    /// <summary>The gezamenlijke sessie this session is its programme's part of (docs/adr/0004); null for a session of one programme.</summary>
    public Guid? JointSessionId { get; set; }
    public ReflectionSessionStatus Status { get; set; }
    public Instant ScheduledAt { get; set; }
    public List<SessionMove> Moves { get; set; } = [];
    public string? CancellationReason { get; set; }
    public LocalDate? HeldOn { get; set; }
    public List<string> Attendees { get; set; } = [];
    /// <summary>The attendees picked from the programme's members (the names are in <see cref="Attendees"/> too).</summary>
    public List<Guid> AttendingPersonIds { get; set; } = [];
    public List<ReflectionQuestion> QuestionsAddressed { get; set; } = [];
    public string? Outcomes { get; set; }
    public List<LessonView> Lessons { get; set; } = [];
    public List<FollowUpActionView> Actions { get; set; } = [];
    public List<AgendaItemView> Agenda { get; set; } = [];
    /// <summary>How often the agenda was set: each time is a change the invitees' calendars should take over.</summary>
    public int AgendaVersion { get; set; }

    /// <summary>
    /// The iCalendar SEQUENCE of this session's appointment, the same in invitations and feeds: every move, every
    /// agenda set and a cancellation raise it, so calendars take over the latest version of the same appointment.
    /// </summary>
    public int CalendarSequence => Moves.Count + AgendaVersion + (Status == ReflectionSessionStatus.Cancelled ? 1 : 0);
}

/// <summary>An item of the session's agenda and, once held, whether it was discussed, with a note and lessons.</summary>
public sealed record AgendaItemView(Guid ItemId, AgendaItemKind? Kind, string Title, string Why, string? Reference, bool Discussed, string? Note, List<Guid> LessonIds)
{
    /// <summary>In a gezamenlijke sessie: the item's place on the combined agenda of all covered programmes.</summary>
    public int? JointPosition { get; init; }
}

/// <summary>A session was moved from one start to another, and why.</summary>
public sealed record SessionMove(ZonedDateTime From, ZonedDateTime To, string Reason, Instant RecordedAt)
{
    public Instant FromUtc => From.ToInstant();
    public Instant ToUtc => To.ToInstant();
}

public sealed record LessonView(Guid LessonId, string Lesson, Instant RecordedAt);

public sealed record FollowUpActionView(Guid ActionId, string Action, string Owner, LocalDate DueOn, LocalDate? CompletedOn, Instant AgreedAt)
{
    /// <summary>The owner as a member of the programme, when picked as one (null for someone from outside the register).</summary>
    public Guid? OwnerPersonId { get; init; }
}

/// <summary>
/// The confidential notes of a held session, keyed by the session's id. Deliberately a document of its own:
/// no endpoint that lists or shows sessions can leak them by accident.
/// </summary>
public sealed class ConfidentialReflectionNotes
{
    public Guid Id { get; set; }
    public Guid ProgrammeId { get; set; }
    public string? Notes { get; set; }
    public List<Guid> AttendingPersonIds { get; set; } = [];
    public Instant RecordedAt { get; set; }
}
