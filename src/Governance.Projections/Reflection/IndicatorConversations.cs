using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using Marten.Events.Projections;
using NodaTime;

namespace Governance.Projections.Reflection;

/// <summary>
/// Per programme: when each indicator was talked about in a reflection session, with the note and the lessons —
/// so the next reader of the health page sees the conversation, not just the colour.
/// </summary>
public sealed class IndicatorConversations
{
    public Guid Id { get; set; }
    public List<IndicatorConversation> Conversations { get; set; } = [];

    // Working state: what an AgendaItemsDiscussed event refers to.
    public Dictionary<Guid, SessionAgendaItem> AgendaItems { get; set; } = [];
    public Dictionary<Guid, LocalDate> HeldOn { get; set; } = [];
    public Dictionary<Guid, string> Lessons { get; set; } = [];
}

public sealed record IndicatorConversation(int Number, Guid SessionId, LocalDate DiscussedOn, string? Note, List<string> Lessons);

public partial class IndicatorConversationsProjection : MultiStreamProjection<IndicatorConversations, Guid>
{
    public IndicatorConversationsProjection()
    {
        Identity<ReflectionAgendaSet>(e => e.ProgrammeId);
        Identity<ReflectionSessionHeld>(e => e.ProgrammeId);
        Identity<LessonCaptured>(e => e.ProgrammeId);
        Identity<AgendaItemsDiscussed>(e => e.ProgrammeId);
    }

    public void Apply(IndicatorConversations view, ReflectionAgendaSet e)
    {
        view.Id = e.ProgrammeId;
        foreach (var item in e.Items.Where(i => i.Kind == AgendaItemKind.Indicator)) view.AgendaItems[item.ItemId] = item;
    }

    public void Apply(IndicatorConversations view, ReflectionSessionHeld e)
    {
        view.Id = e.ProgrammeId;
        view.HeldOn[e.SessionId] = e.HeldOn;
    }

    public void Apply(IndicatorConversations view, LessonCaptured e)
    {
        view.Id = e.ProgrammeId;
        view.Lessons[e.LessonId] = e.Lesson;
    }

    public void Apply(IndicatorConversations view, AgendaItemsDiscussed e)
    {
        view.Id = e.ProgrammeId;
        foreach (var discussed in e.Items)
        {
            if (!view.AgendaItems.TryGetValue(discussed.ItemId, out var item) || !int.TryParse(item.Reference, out var number)) continue;
            view.Conversations.Add(new IndicatorConversation(number, e.SessionId,
                view.HeldOn.TryGetValue(e.SessionId, out var heldOn) ? heldOn : default,
                discussed.Note,
                discussed.LessonIds.Where(view.Lessons.ContainsKey).Select(l => view.Lessons[l]).ToList()));
        }
    }
}
