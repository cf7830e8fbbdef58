using System.Collections.Immutable;
using Governance.Domain.Common;
using Governance.Domain.Reflection.Agenda;
using NodaTime;

namespace Governance.Domain.Reflection;

public enum ReflectionSessionStatus { Scheduled, Cancelled, Held }

/// <summary>
/// A reflection session as its commands need to see it: the fold of its own stream (docs/adr/0001).
/// <see cref="Actions"/> maps each agreed follow-up action to whether it is completed.
/// </summary>
public sealed record ReflectionSession(
    Guid Id,
    Guid ProgrammeId,
    ReflectionSessionStatus Status,
    ZonedDateTime Start,
    Duration Length,
    string Location,
    LocalDate? HeldOn,
    ImmutableDictionary<Guid, bool> Actions)
{
    /// <summary>The items of the session's current agenda.</summary>
    public ImmutableHashSet<Guid> AgendaItemIds { get; init; } = ImmutableHashSet<Guid>.Empty;

    /// <summary>The lessons captured in this session, to which discussed agenda items may link.</summary>
    public ImmutableHashSet<Guid> LessonIds { get; init; } = ImmutableHashSet<Guid>.Empty;

    /// <summary>The gezamenlijke sessie this session is part of, if any (docs/adr/0004).</summary>
    public Guid? JointSessionId { get; init; }

    private static ReflectionSession Initial(ReflectionSessionScheduled e) => new(
        e.SessionId, e.ProgrammeId, ReflectionSessionStatus.Scheduled, e.Start, e.Length, e.Location, HeldOn: null,
        ImmutableDictionary<Guid, bool>.Empty) { JointSessionId = e.JointSessionId };

    /// <summary>Folds a history of this session's own stream, for tests and for replays.</summary>
    public static ReflectionSession From(IEnumerable<object> history) =>
        history.Aggregate((ReflectionSession?)null, Fold)
        ?? throw new InvalidOperationException("A reflection session's history starts with ReflectionSessionScheduled.");

    /// <summary>
    /// The one fold of a session's stream, registered with Marten as it is (ReflectionSessionStateProjection). No state
    /// yet and no <see cref="ReflectionSessionScheduled"/>: this is not a session's stream, so there is no session.
    /// </summary>
    public static ReflectionSession? Fold(ReflectionSession? state, object e) =>
        state is null ? (e is ReflectionSessionScheduled scheduled ? Initial(scheduled) : null) : state.After(e);

    // Not named Apply on purpose: Marten treats an Apply(object) on a stored type as a rule for every event, and then
    // stored empty snapshots of this type for other streams (found by the reliability suite's crash test).
    // Every event of a session's stream is named here; one that is not throws, so it cannot be skipped unnoticed.
    public ReflectionSession After(object e) => e switch
    {
        ReflectionSessionRescheduled x => this with { Start = x.Start, Length = x.Length, Location = x.Location },
        ReflectionSessionCancelled => this with { Status = ReflectionSessionStatus.Cancelled },
        ReflectionSessionHeld x => this with { Status = ReflectionSessionStatus.Held, HeldOn = x.HeldOn },
        FollowUpActionAgreed x => this with { Actions = Actions.SetItem(x.ActionId, false) },
        FollowUpActionCompleted x => this with { Actions = Actions.SetItem(x.ActionId, true) },
        LessonCaptured x => this with { LessonIds = LessonIds.Add(x.LessonId) },
        ReflectionAgendaSet x => this with { AgendaItemIds = x.Items.Select(i => i.ItemId).ToImmutableHashSet() },
        // What was discussed changes nothing a command on the session decides on.
        AgendaItemsDiscussed => this,
        _ => throw new InvalidOperationException(
            $"ReflectionSession does not fold {e.GetType().Name}: handle it in ReflectionSession.After, or name it among the events that change nothing of a session's stream."),
    };

    /// <summary>Lessons and follow-up actions come out of a session that took place.</summary>
    internal Refusal? RefuseUnlessHeld() => Status == ReflectionSessionStatus.Held ? null
        : Refusal.Violates("reflection.not-held", "Lessen en vervolgacties horen bij een sessie die heeft plaatsgevonden; leg eerst vast dat de sessie is gehouden.");

    internal Refusal? RefuseWhenCancelledOrHeld() => Status switch
    {
        ReflectionSessionStatus.Cancelled => Refusal.Violates("reflection.cancelled", "Deze sessie is afgelast."),
        ReflectionSessionStatus.Held => Refusal.Violates("reflection.already-held", "Deze sessie heeft al plaatsgevonden."),
        _ => null,
    };
}

/// <summary>
/// When and how long a session takes place, as people enter it: a local date-time in Europe/Amsterdam and a length
/// in minutes. Shared by scheduling and rescheduling.
/// </summary>
public static class SessionTime
{
    public static readonly Duration MinimumLength = Duration.FromMinutes(15);
    public static readonly Duration MaximumLength = Duration.FromHours(8);

    private static readonly NodaTime.Text.LocalDateTimePattern[] Patterns =
    [
        NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        NodaTime.Text.LocalDateTimePattern.ExtendedIso,
    ];

    /// <summary>
    /// Checks <paramref name="startsAt"/> and <paramref name="lengthMinutes"/> and returns the zoned start, or null
    /// after adding the reasons to <paramref name="check"/>. A local time that the clock skips (spring forward) or
    /// passes twice (fall back) is refused: we will not guess which moment was meant.
    /// </summary>
    public static ZonedDateTime? Check(Check check, string? startsAt, int? lengthMinutes, Instant now, bool lengthRequired = true)
    {
        if (lengthRequired) check.Required("lengthMinutes", lengthMinutes, "De duur");
        if (lengthMinutes is { } minutes)
        {
            var length = Duration.FromMinutes(minutes);
            check.That(length >= MinimumLength && length <= MaximumLength, "lengthMinutes", "reflection.length",
                "Kies een duur van minstens 15 minuten en maximaal 8 uur.");
        }

        if (string.IsNullOrWhiteSpace(startsAt))
        {
            check.Required("startsAt", startsAt, "Het begin");
            return null;
        }

        var parsed = Patterns.Select(p => p.Parse(startsAt.Trim())).FirstOrDefault(r => r.Success);
        if (parsed is null)
        {
            check.That(false, "startsAt", "reflection.start-format",
                "Geef het begin als lokale datum en tijd, bijvoorbeeld 2026-05-12T14:00.");
            return null;
        }

        var mapping = AmsterdamTime.Zone.MapLocal(parsed.Value);
        if (mapping.Count == 0)
        {
            check.That(false, "startsAt", "reflection.start-skipped",
                $"{Health.HealthContext.Date(parsed.Value.Date)} om {parsed.Value:HH:mm} bestaat niet in Nederland: de klok wordt dan een uur vooruitgezet. Kies een ander tijdstip.");
            return null;
        }
        if (mapping.Count > 1)
        {
            check.That(false, "startsAt", "reflection.start-ambiguous",
                $"{Health.HealthContext.Date(parsed.Value.Date)} om {parsed.Value:HH:mm} komt in Nederland twee keer voor: de klok wordt dan een uur teruggezet. Kies een ander tijdstip.");
            return null;
        }

        var start = mapping.Single();
        check.That(start.ToInstant() >= now, "startsAt", "reflection.start-not-in-past", "Kies een moment in de toekomst: een sessie wordt vooruit gepland.");
        return start;
    }
}
