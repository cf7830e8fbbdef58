using Governance.Domain.Care;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using NodaTime;

namespace Governance.Projections.Notifications;

/// <summary>
/// Turns governance events into durable reminders (<see cref="ReminderDue"/>): invitations when a session is
/// scheduled, moved or cancelled; a reminder a few days before a session; a review date; an overdue follow-up
/// action; a programme nearing its planned end without a borging plan; and, due at once, a dissent or agreement with
/// reservations, a follow-up action assigned to a member, a tension escalated to a body. Sending is someone else's job (the host's
/// sweep); this only decides what is due when.
/// </summary>
public partial class ReminderTriggersProjection : EventProjection
{
    /// <summary>How many days before a reflection session its invitees are reminded.</summary>
    public const int SessionReminderDaysBefore = 2;

    /// <summary>How long before a programme's planned end the opdrachtgevers are warned that no borging plan exists.</summary>
    public static readonly Period BorgingWarningBeforeEnd = Period.FromMonths(3);

    /// <summary>The reason an invitation update gives when only the agenda changed.</summary>
    public const string AgendaChanged = "De agenda is vastgesteld.";

    /// <summary>Date-based reminders arrive at the start of a Dutch working day, not at midnight.</summary>
    public static readonly LocalTime MorningOf = new(8, 0);

    public ReminderTriggersProjection()
    {
        // ApplyAsync switches on the event envelope, so Marten cannot see which types matter here: without this list a
        // rebuild reads and deserialises every event of the store for this projection (bench/results: a sixth of a full
        // rebuild). Keep it equal to the cases below.
        IncludeType<ReflectionSessionScheduled>();
        IncludeType<ReflectionSessionRescheduled>();
        IncludeType<ReflectionAgendaSet>();
        IncludeType<ReflectionSessionCancelled>();
        IncludeType<ReflectionSessionHeld>();
        IncludeType<FollowUpActionAgreed>();
        IncludeType<FollowUpActionCompleted>();
        IncludeType<DecisionLogged>();
        IncludeType<DecisionRevised>();
        IncludeType<DecisionReviewed>();
        IncludeType<DecisionWithdrawn>();
        IncludeType<DecisionSuperseded>();
        IncludeType<ProgrammeRegistered>();
        IncludeType<ProgrammeExtended>();
        IncludeType<PlannedEndDateRecorded>();
        IncludeType<BorgingPlanRecorded>();
        IncludeType<ProgrammeEnded>();
        IncludeType<PartnerPositionRecorded>();
        IncludeType<TensionEscalated>();
    }

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        switch (e.Data)
        {
            case ReflectionSessionScheduled s:
                operations.Store(Invitation(s.SessionId, s.ProgrammeId, ReminderKind.SessionInvitation, s.RecordedAt, e.Version, ""));
                operations.Store(SessionReminder(s.SessionId, s.ProgrammeId, s.Start, e.Version));
                break;
            case ReflectionSessionRescheduled s:
                operations.Store(Invitation(s.SessionId, s.ProgrammeId, ReminderKind.SessionInvitation, s.RecordedAt, e.Version, s.Reason));
                operations.Store(SessionReminder(s.SessionId, s.ProgrammeId, s.Start, e.Version));
                break;
            case ReflectionAgendaSet a:
                // The chosen agenda travels with the invitation: an update of the same appointment carries it.
                operations.Store(Invitation(a.SessionId, a.ProgrammeId, ReminderKind.SessionInvitation, a.RecordedAt, e.Version, AgendaChanged));
                break;
            case ReflectionSessionCancelled s:
                operations.Store(Invitation(s.SessionId, s.ProgrammeId, ReminderKind.SessionCancellation, s.RecordedAt, e.Version, s.Reason));
                operations.Delete<ReminderDue>(Key(ReminderKind.SessionReminder, s.SessionId));
                break;
            case ReflectionSessionHeld s:
                operations.Delete<ReminderDue>(Key(ReminderKind.SessionReminder, s.SessionId));
                break;
            case FollowUpActionAgreed a when a.OwnerPersonId is { } owner:
                operations.Store(new ReminderDue
                {
                    Id = Key(ReminderKind.ActionAssigned, a.ActionId), Kind = ReminderKind.ActionAssigned, ProgrammeId = a.ProgrammeId,
                    SubjectId = a.SessionId, DueUtc = a.RecordedAt.ToDateTimeOffset(), Sequence = e.Version, PersonIds = [owner],
                    Detail = a.Action, Date = a.DueOn,
                });
                operations.Store(new ReminderDue
                {
                    Id = Key(ReminderKind.ActionOverdue, a.ActionId), Kind = ReminderKind.ActionOverdue, ProgrammeId = a.ProgrammeId,
                    SubjectId = a.SessionId, DueUtc = Morning(a.DueOn.PlusDays(1)), Sequence = e.Version, PersonIds = [owner],
                    Detail = a.Action, Date = a.DueOn,
                });
                break;
            case FollowUpActionCompleted a:
                operations.Delete<ReminderDue>(Key(ReminderKind.ActionOverdue, a.ActionId));
                break;
            case PartnerPositionRecorded p when p.Reserved:
                // One row per position taken: a changed position is a moment of its own.
                operations.Store(new ReminderDue
                {
                    Id = $"{Key(ReminderKind.PositionTaken, p.DecisionId)}:{e.Version}", Kind = ReminderKind.PositionTaken, ProgrammeId = p.ProgrammeId,
                    SubjectId = p.DecisionId, DueUtc = p.RecordedAt.ToDateTimeOffset(), Sequence = e.Version, RelatedId = p.PartnerId,
                    ByPersonId = p.TakenBy?.PersonId, Detail = p.Position == PartnerPosition.Dissents ? PositionDissent : PositionReservations,
                });
                break;
            case TensionEscalated t:
                operations.Store(new ReminderDue
                {
                    Id = $"{Key(ReminderKind.TensionEscalated, t.TensionId)}:{e.Version}", Kind = ReminderKind.TensionEscalated, ProgrammeId = t.ProgrammeId,
                    SubjectId = t.TensionId, DueUtc = t.RecordedAt.ToDateTimeOffset(), Sequence = e.Version, RelatedId = t.BodyId, Date = t.EscalatedOn,
                });
                break;
            case DecisionLogged d:
                Review(operations, d.DecisionId, d.ProgrammeId, d.ReviewOn, d.Title, e.Version);
                break;
            case DecisionRevised { ReviewOn: { } reviewOn } d:
                Review(operations, d.DecisionId, d.ProgrammeId, reviewOn, null, e.Version);
                break;
            case DecisionReviewed d:
                Review(operations, d.DecisionId, d.ProgrammeId, d.NextReviewOn, null, e.Version);
                break;
            case DecisionWithdrawn or DecisionSuperseded:
                operations.Delete<ReminderDue>(Key(ReminderKind.DecisionReview, e.StreamId));
                break;
            case ProgrammeRegistered p:
                Borging(operations, p.ProgrammeId, p.PlannedEndDate, e.Version);
                break;
            case ProgrammeExtended p:
                // Only re-planned while no plan exists: a recorded plan deleted the warning for good.
                return ReplanBorging(operations, p.ProgrammeId, p.NewPlannedEndDate, e.Version, cancellation);
            case PlannedEndDateRecorded p:
                return ReplanBorging(operations, p.ProgrammeId, p.PlannedEndDate, e.Version, cancellation);
            case BorgingPlanRecorded or ProgrammeEnded:
                operations.Delete<ReminderDue>(Key(ReminderKind.BorgingPlanMissing, e.StreamId));
                break;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The <see cref="ReminderDue.Detail"/> of a position: which of the two it was.</summary>
    public const string PositionDissent = "dissent", PositionReservations = "reservations";

    public static string Key(ReminderKind kind, Guid subjectId) => $"{kind}:{subjectId}";

    public static DateTimeOffset Morning(LocalDate date) => date.At(MorningOf).InZoneLeniently(AmsterdamTime.Zone).ToDateTimeOffset();

    private static ReminderDue Invitation(Guid sessionId, Guid programmeId, ReminderKind kind, Instant at, long version, string reason) => new()
    {
        // Every schedule change is its own message (an update or a cancellation of the same appointment).
        Id = $"{Key(kind, sessionId)}:{version}", Kind = kind, ProgrammeId = programmeId, SubjectId = sessionId,
        DueUtc = at.ToDateTimeOffset(), Sequence = version - 1, Detail = reason,
    };

    private static ReminderDue SessionReminder(Guid sessionId, Guid programmeId, ZonedDateTime start, long version) => new()
    {
        Id = Key(ReminderKind.SessionReminder, sessionId), Kind = ReminderKind.SessionReminder, ProgrammeId = programmeId,
        SubjectId = sessionId, DueUtc = start.ToInstant().Minus(Duration.FromDays(SessionReminderDaysBefore)).ToDateTimeOffset(),
        Sequence = version - 1,
    };

    private static void Review(IDocumentOperations operations, Guid decisionId, Guid programmeId, LocalDate? reviewOn, string? title, long version)
    {
        var key = Key(ReminderKind.DecisionReview, decisionId);
        if (reviewOn is not { } date)
        {
            if (title is null) operations.Delete<ReminderDue>(key);
            return;
        }
        operations.Store(new ReminderDue
        {
            Id = key, Kind = ReminderKind.DecisionReview, ProgrammeId = programmeId, SubjectId = decisionId,
            DueUtc = Morning(date), Sequence = version, Date = date,
        });
    }

    /// <summary>
    /// The warning before the planned end. With the planned end not known it is kept but parked (due never): the row
    /// then still says "no borging plan yet", so recording the end later plans it, and a plan recorded meanwhile
    /// deletes it as before.
    /// </summary>
    private static void Borging(IDocumentOperations operations, Guid programmeId, LocalDate? plannedEnd, long version) =>
        operations.Store(new ReminderDue
        {
            Id = Key(ReminderKind.BorgingPlanMissing, programmeId), Kind = ReminderKind.BorgingPlanMissing, ProgrammeId = programmeId,
            SubjectId = programmeId, Sequence = version, Date = plannedEnd,
            DueUtc = plannedEnd is { } end ? Morning(end.Minus(BorgingWarningBeforeEnd)) : DateTimeOffset.MaxValue,
        });

    private static async ValueTask ReplanBorging(IDocumentOperations operations, Guid programmeId, LocalDate? plannedEnd, long version, CancellationToken cancellation)
    {
        var fired = await operations.LoadAsync<ReminderDue>(Key(ReminderKind.BorgingPlanMissing, programmeId), cancellation);
        if (fired is not null) Borging(operations, programmeId, plannedEnd, version);
    }
}
