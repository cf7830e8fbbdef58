using Governance.Domain.Common;
using Governance.Domain.Reflection.Agenda;
using NodaTime;

namespace Governance.Domain.Reflection.Joint;

/// <summary>One item of a joint agenda: which covered programme it is about, and the item itself.</summary>
public sealed record JointAgendaItemInput(Guid? ProgrammeId, AgendaItemKind? Kind, string Title, string? Why, string? Reference);

/// <summary>
/// Set (or replace) the agenda of a gezamenlijke sessie, in the facilitator's order. Each programme's session stream
/// gets the items about that programme, each with its place on the combined agenda, so a reader of one programme
/// sees that programme's items in the joint order and nothing about the others.
/// </summary>
public sealed record SetJointReflectionAgenda(IReadOnlyList<JointAgendaItemInput>? Items)
{
    /// <param name="sessions">The linked session of every covered programme.</param>
    public static Outcome Decide(IReadOnlyList<ReflectionSession> sessions, SetJointReflectionAgenda command, Func<Guid> newItemId, Instant now)
    {
        var items = command.Items ?? [];
        var covered = sessions.Select(s => s.ProgrammeId).ToHashSet();
        var input = new Check()
            .That(items.Count > 0, "items", "input.required", "Zet minstens één punt op de agenda.")
            .That(items.Count <= SetReflectionAgenda.MaxItems, "items", "input.too-many", $"Zet maximaal {SetReflectionAgenda.MaxItems} punten op de agenda: een reflectie is kort en gericht.")
            .That(items.All(i => i.ProgrammeId is { } id && covered.Contains(id)), "items", "reflection.joint-item-programme",
                "Kies bij elk agendapunt een van de programma's van deze gezamenlijke sessie.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);
        if (sessions.FirstOrDefault(s => items.All(i => i.ProgrammeId != s.ProgrammeId)) is not null)
            return Outcome.Refuse(Refusal.Invalid("items", "reflection.joint-item-per-programme",
                "Elk programma van de gezamenlijke sessie heeft minstens één agendapunt; haal anders het programma uit de sessie door een eigen sessie te plannen."));

        var positioned = items.Select((item, index) => (item, position: index + 1)).ToList();
        var events = new List<object>();
        foreach (var session in sessions)
        {
            var own = positioned.Where(x => x.item.ProgrammeId == session.ProgrammeId).ToList();
            var outcome = SetReflectionAgenda.Decide(session,
                new SetReflectionAgenda(own.Select(x => new AgendaItemInput(x.item.Kind, x.item.Title, x.item.Why, x.item.Reference)).ToList()),
                newItemId, now);
            if (outcome.IsRefused) return outcome;
            events.AddRange(outcome.Events.Select(e => e is ReflectionAgendaSet set
                ? set with { Items = set.Items.Select((item, i) => item with { JointPosition = own[i].position }).ToList() }
                : e));
        }
        return Outcome.Accept(events.ToArray());
    }
}

/// <summary>The gezamenlijke sessie took place: recorded alike in the session of every covered programme.</summary>
public static class RecordJointSessionHeld
{
    public static Outcome Decide(IReadOnlyList<ReflectionSession> sessions, RecordReflectionSessionHeld command, Instant now)
    {
        var events = new List<object>();
        foreach (var session in sessions)
        {
            var outcome = RecordReflectionSessionHeld.Decide(session, command, now);
            if (outcome.IsRefused) return outcome;
            events.AddRange(outcome.Events);
        }
        return Outcome.Accept(events.ToArray());
    }
}

/// <summary>
/// Which items of a held gezamenlijke sessie were discussed: each item is written to the session of the programme it
/// belongs to, with lessons captured in that programme's session.
/// </summary>
public static class MarkJointAgendaDiscussed
{
    public static Outcome Decide(IReadOnlyList<ReflectionSession> sessions, MarkAgendaDiscussed command, Instant now)
    {
        var items = command.Items ?? [];
        if (items.Count == 0 || items.Any(i => i.ItemId is null))
            return MarkAgendaDiscussed.Decide(sessions[0], command, now); // the single-session input rules answer
        if (sessions.FirstOrDefault(s => s.Status != ReflectionSessionStatus.Held) is { } notHeld)
            return MarkAgendaDiscussed.Decide(notHeld, command, now); // refused: not held yet

        if (items.Any(i => !sessions.Any(s => s.AgendaItemIds.Contains(i.ItemId!.Value))))
            return Outcome.Refuse(Refusal.Violates("reflection.agenda-item-exists", "Kies een agendapunt van deze gezamenlijke sessie."));

        var events = new List<object>();
        foreach (var session in sessions)
        {
            var own = items.Where(i => session.AgendaItemIds.Contains(i.ItemId!.Value)).ToList();
            if (own.Count == 0) continue;
            var outcome = MarkAgendaDiscussed.Decide(session, new MarkAgendaDiscussed(own), now);
            if (outcome.IsRefused) return outcome;
            events.AddRange(outcome.Events);
        }
        return Outcome.Accept(events.ToArray());
    }
}
