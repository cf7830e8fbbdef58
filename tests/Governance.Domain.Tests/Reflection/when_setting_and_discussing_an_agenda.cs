using Governance.Domain.Common;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using NodaTime;

namespace Governance.Domain.Tests.Reflection;

public class when_setting_and_discussing_an_agenda
{
    private static readonly Guid SessionId = Guid.NewGuid();
    private static readonly Guid ProgrammeId = Guid.NewGuid();
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 9, 0);
    private static readonly ZonedDateTime Start = new LocalDateTime(2026, 3, 10, 14, 0).InZoneStrictly(AmsterdamTime.Zone);

    private static readonly ReflectionSessionScheduled Scheduled = new(SessionId, ProgrammeId, "Reflectie", Start, Duration.FromHours(2),
        "Utrecht", "Petra", ["VWS"], Now);

    [Fact]
    public void an_agenda_is_set_with_new_item_ids_and_setting_it_again_replaces_it()
    {
        Guid[] expectedIds = [Guid.NewGuid(), Guid.NewGuid()];
        var ids = new Queue<Guid>(expectedIds);
        var first = SetReflectionAgenda.Decide(ReflectionSession.From([Scheduled]),
            new SetReflectionAgenda([new AgendaItemInput(AgendaItemKind.Indicator, "9. Organiseer reflectie", "Staat op rood", "9"),
                                     new AgendaItemInput(null, "Rondvraag", null, null)]), ids.Dequeue, Now);

        var set = first.Events.ShouldHaveSingleItem().ShouldBeOfType<ReflectionAgendaSet>();
        set.Items.Select(i => i.ItemId).ShouldBe(expectedIds);
        set.Items[0].Reference.ShouldBe("9");
        set.Items[1].Why.ShouldBe("");

        var state = ReflectionSession.From([Scheduled, set, set with { Items = [set.Items[1]] }]);
        state.AgendaItemIds.ShouldBe([set.Items[1].ItemId]);
    }

    [Fact]
    public void an_agenda_without_items_or_with_an_untitled_item_is_refused_naming_items()
    {
        var empty = SetReflectionAgenda.Decide(ReflectionSession.From([Scheduled]), new SetReflectionAgenda([]), Guid.NewGuid, Now);
        var untitled = SetReflectionAgenda.Decide(ReflectionSession.From([Scheduled]), new SetReflectionAgenda([new AgendaItemInput(null, " ", null, null)]), Guid.NewGuid, Now);

        empty.Refusals.ShouldHaveSingleItem().Field.ShouldBe("items");
        untitled.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.agenda-item-titled");
    }

    [Fact]
    public void a_held_or_cancelled_session_gets_no_new_agenda()
    {
        var cancelled = ReflectionSession.From([Scheduled, new ReflectionSessionCancelled(SessionId, ProgrammeId, "Kamervragen", Now)]);

        var outcome = SetReflectionAgenda.Decide(cancelled, new SetReflectionAgenda([new AgendaItemInput(null, "Punt", null, null)]), Guid.NewGuid, Now);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.cancelled");
    }

    [Fact]
    public void items_of_a_held_session_are_marked_discussed_with_its_own_lessons_only()
    {
        var itemId = Guid.NewGuid();
        var lessonId = Guid.NewGuid();
        var agenda = new ReflectionAgendaSet(SessionId, ProgrammeId, [new SessionAgendaItem(itemId, AgendaItemKind.Indicator, "9", "", "9")], Now);
        var held = new ReflectionSessionHeld(SessionId, ProgrammeId, Start.Date, ["Petra"], [], "Opbrengst", null, Now);
        var lesson = new LessonCaptured(SessionId, ProgrammeId, lessonId, "Reflectie hoort op de agenda", Now);

        var beforeHeld = MarkAgendaDiscussed.Decide(ReflectionSession.From([Scheduled, agenda]),
            new MarkAgendaDiscussed([new DiscussedItemInput(itemId, null, null)]), Now);
        var unknownItem = MarkAgendaDiscussed.Decide(ReflectionSession.From([Scheduled, agenda, held]),
            new MarkAgendaDiscussed([new DiscussedItemInput(Guid.NewGuid(), null, null)]), Now);
        var foreignLesson = MarkAgendaDiscussed.Decide(ReflectionSession.From([Scheduled, agenda, held]),
            new MarkAgendaDiscussed([new DiscussedItemInput(itemId, null, [Guid.NewGuid()])]), Now);
        var discussed = MarkAgendaDiscussed.Decide(ReflectionSession.From([Scheduled, agenda, held, lesson]),
            new MarkAgendaDiscussed([new DiscussedItemInput(itemId, "Ritme afgesproken", [lessonId])]), Now);

        beforeHeld.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.not-held");
        unknownItem.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.agenda-item-exists");
        foreignLesson.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("reflection.lesson-of-session");
        discussed.Events.ShouldHaveSingleItem().ShouldBeOfType<AgendaItemsDiscussed>().Items.ShouldHaveSingleItem()
            .ShouldBe(new DiscussedItem(itemId, "Ritme afgesproken", [lessonId]), new DiscussedItemComparer());
    }

    private sealed class DiscussedItemComparer : IEqualityComparer<DiscussedItem>
    {
        public bool Equals(DiscussedItem? x, DiscussedItem? y) =>
            x is not null && y is not null && x.ItemId == y.ItemId && x.Note == y.Note && x.LessonIds.SequenceEqual(y.LessonIds);
        public int GetHashCode(DiscussedItem obj) => obj.ItemId.GetHashCode();
    }
}
