using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Reflection.Agenda;

/// <summary>Record which agenda items a held session discussed, with a note and the lessons linked to each.</summary>
public sealed record MarkAgendaDiscussed(IReadOnlyList<DiscussedItemInput>? Items)
{
    public static Outcome Decide(ReflectionSession session, MarkAgendaDiscussed command, Instant now)
    {
        var items = command.Items ?? [];
        var input = new Check()
            .That(items.Count > 0, "items", "input.required", "Kies minstens één besproken agendapunt.")
            .That(items.All(i => i.ItemId is not null), "items", "input.required", "Kies bij elk besproken punt het agendapunt.")
            .That(items.All(i => (i.Note?.Length ?? 0) <= TextLimits.Long), "items", "input.too-long", "Maak elke notitie korter: maximaal 4.000 tekens.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (session.Status != ReflectionSessionStatus.Held)
            return Outcome.Refuse(Refusal.Violates("reflection.not-held", "Leg eerst vast dat de sessie is gehouden; daarna wat er besproken is."));
        if (items.Any(i => !session.AgendaItemIds.Contains(i.ItemId!.Value)))
            return Outcome.Refuse(Refusal.Violates("reflection.agenda-item-exists", "Kies een agendapunt van deze sessie."));
        if (items.SelectMany(i => i.LessonIds ?? []).Any(l => !session.LessonIds.Contains(l)))
            return Outcome.Refuse(Refusal.Violates("reflection.lesson-of-session", "Een gekoppelde les hoort bij deze sessie: leg de les eerst vast."));

        return Outcome.Accept(new AgendaItemsDiscussed(session.Id, session.ProgrammeId,
            items.Select(i => new DiscussedItem(i.ItemId!.Value, string.IsNullOrWhiteSpace(i.Note) ? null : i.Note.Trim(), (i.LessonIds ?? []).Distinct().ToList())).ToList(),
            now));
    }
}

public sealed record DiscussedItemInput(Guid? ItemId, string? Note, IReadOnlyList<Guid>? LessonIds);
