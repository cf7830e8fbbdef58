using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Reflection.Agenda;

/// <summary>
/// The facilitator chose the session's agenda (edited from the proposal: reordered, removed, added). Setting it
/// again replaces it; the invitation carries the latest.
/// </summary>
public sealed record ReflectionAgendaSet(Guid SessionId, Guid ProgrammeId, IReadOnlyList<SessionAgendaItem> Items, Instant RecordedAt) : IReflectionSessionEvent;

/// <param name="Reference">What the item is about: a recommendation number, a question, a tension/decision/action id; null for a free item.</param>
public sealed record SessionAgendaItem(Guid ItemId, AgendaItemKind? Kind, string Title, string Why, string? Reference)
{
    /// <summary>
    /// In a gezamenlijke sessie: the item's place on the combined agenda of all covered programmes (1-based), so each
    /// programme's stream keeps its own items while the joint agenda keeps the facilitator's order. Null otherwise.
    /// </summary>
    public int? JointPosition { get; init; }
}

/// <summary>After the session: which agenda items were discussed, with a note and the lessons that came of them.</summary>
public sealed record AgendaItemsDiscussed(Guid SessionId, Guid ProgrammeId, IReadOnlyList<DiscussedItem> Items, Instant RecordedAt) : IReflectionSessionEvent;

public sealed record DiscussedItem(Guid ItemId, string? Note, IReadOnlyList<Guid> LessonIds);
