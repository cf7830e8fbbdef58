using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using Marten.Events.Aggregation;

namespace Governance.Projections.Reflection;

/// <summary>Folds one session stream into the <see cref="ReflectionSessionView"/>, leaving the confidential notes out.</summary>
public partial class ReflectionSessionViewProjection : SingleStreamProjection<ReflectionSessionView, Guid>
{
    public ReflectionSessionView Create(ReflectionSessionScheduled e) => new()
    {
        Id = e.SessionId,
        ProgrammeId = e.ProgrammeId,
        Title = e.Title,
        Start = e.Start,
        End = e.Start.Plus(e.Length),
        Length = e.Length,
        Location = e.Location,
        Facilitator = e.Facilitator,
        Invitees = [.. e.Invitees],
        InviteePersonIds = [.. e.InviteePersonIds],
        JointSessionId = e.JointSessionId,
        Status = ReflectionSessionStatus.Scheduled,
        ScheduledAt = e.RecordedAt,
    };

    public void Apply(ReflectionSessionView view, ReflectionSessionRescheduled e)
    {
        view.Moves.Add(new SessionMove(view.Start, e.Start, e.Reason, e.RecordedAt));
        view.Start = e.Start;
        view.End = e.Start.Plus(e.Length);
        view.Length = e.Length;
        view.Location = e.Location;
    }

    public void Apply(ReflectionSessionView view, ReflectionSessionCancelled e)
    {
        view.Status = ReflectionSessionStatus.Cancelled;
        view.CancellationReason = e.Reason;
    }

    public void Apply(ReflectionSessionView view, ReflectionSessionHeld e)
    {
        view.Status = ReflectionSessionStatus.Held;
        view.HeldOn = e.HeldOn;
        view.Attendees = [.. e.Attendees];
        view.AttendingPersonIds = [.. e.AttendingPersonIds];
        view.QuestionsAddressed = [.. e.QuestionsAddressed];
        view.Outcomes = e.Outcomes;
        // e.ConfidentialNotes deliberately not copied: see ConfidentialReflectionNotesProjection.
    }

    public void Apply(ReflectionSessionView view, LessonCaptured e) =>
        view.Lessons.Add(new LessonView(e.LessonId, e.Lesson, e.RecordedAt));

    public void Apply(ReflectionSessionView view, FollowUpActionAgreed e) =>
        view.Actions.Add(new FollowUpActionView(e.ActionId, e.Action, e.Owner, e.DueOn, null, e.RecordedAt) { OwnerPersonId = e.OwnerPersonId });

    public void Apply(ReflectionSessionView view, FollowUpActionCompleted e)
    {
        var index = view.Actions.FindIndex(a => a.ActionId == e.ActionId);
        if (index >= 0) view.Actions[index] = view.Actions[index] with { CompletedOn = e.CompletedOn };
    }

    public void Apply(ReflectionSessionView view, ReflectionAgendaSet e)
    {
        view.Agenda = e.Items.Select(i => new AgendaItemView(i.ItemId, i.Kind, i.Title, i.Why, i.Reference, Discussed: false, Note: null, LessonIds: []) { JointPosition = i.JointPosition }).ToList();
        view.AgendaVersion++;
    }

    public void Apply(ReflectionSessionView view, AgendaItemsDiscussed e)
    {
        foreach (var discussed in e.Items)
        {
            var index = view.Agenda.FindIndex(a => a.ItemId == discussed.ItemId);
            if (index >= 0) view.Agenda[index] = view.Agenda[index] with { Discussed = true, Note = discussed.Note, LessonIds = discussed.LessonIds.ToList() };
        }
    }
}

/// <summary>
/// Puts a held session's confidential notes in a document of their own, keyed by the session id. Only the held
/// event feeds it; the one reader is the rights-checked confidential-notes endpoint (attendees and opdrachtgevers).
/// </summary>
public partial class ConfidentialReflectionNotesProjection : SingleStreamProjection<ConfidentialReflectionNotes, Guid>
{
    public ConfidentialReflectionNotes Create(ReflectionSessionHeld e) => new()
    {
        Id = e.SessionId,
        ProgrammeId = e.ProgrammeId,
        Notes = e.ConfidentialNotes,
        AttendingPersonIds = e.AttendingPersonIds.ToList(),
        RecordedAt = e.RecordedAt,
    };
}
