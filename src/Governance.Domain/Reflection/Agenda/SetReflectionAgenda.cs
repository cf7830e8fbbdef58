using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Reflection.Agenda;

/// <summary>Set (or replace) the agenda of a session that has not yet taken place.</summary>
public sealed record SetReflectionAgenda(IReadOnlyList<AgendaItemInput>? Items)
{
    public const int MaxItems = 40;

    public static Outcome Decide(ReflectionSession session, SetReflectionAgenda command, Func<Guid> newItemId, Instant now)
    {
        var items = command.Items ?? [];
        var input = new Check()
            .That(items.Count > 0, "items", "input.required", "Zet minstens één punt op de agenda.")
            .That(items.Count <= MaxItems, "items", "input.too-many", $"Zet maximaal {MaxItems} punten op de agenda: een reflectie is kort en gericht.")
            .That(items.All(i => !string.IsNullOrWhiteSpace(i.Title) && i.Title.Length <= TextLimits.Long), "items",
                "reflection.agenda-item-titled", "Geef elk agendapunt een titel van maximaal 4.000 tekens.")
            .That(items.All(i => (i.Why?.Length ?? 0) <= TextLimits.Long && (i.Reference?.Length ?? 0) <= TextLimits.Short), "items",
                "input.too-long", "Maak de toelichting korter (maximaal 4.000 tekens) of de verwijzing (maximaal 200 tekens).")
            .That(items.All(i => i.Kind is null || Enum.IsDefined(i.Kind.Value)), "items", "input.unknown-value", "Kies een soort agendapunt uit de lijst.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);
        if (session.RefuseWhenCancelledOrHeld() is { } closed) return Outcome.Refuse(closed);

        return Outcome.Accept(new ReflectionAgendaSet(session.Id, session.ProgrammeId,
            items.Select(i => new SessionAgendaItem(newItemId(), i.Kind, i.Title.Trim(), i.Why?.Trim() ?? "", i.Reference?.Trim())).ToList(),
            now));
    }
}

public sealed record AgendaItemInput(AgendaItemKind? Kind, string Title, string? Why, string? Reference);
