using Governance.Domain.Bodies;
using NodaTime;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Bodies;

public class when_a_body_agrees_ground_rules_and_meets
{
    private static readonly Guid MeetingId = Guid.NewGuid();

    private static AgreeGroundRules Rules() => new("Open en veilig", "Afspraak is afspraak", "We benoemen het en de-escaleren samen");

    private static RecordMeeting Meeting() => new(new LocalDate(2019, 3, 11), [Vws],
        [new AgendaItemInput("Praktijkverhaal uit de regio", AgendaTag.OpgaveEnPraktijk),
         new AgendaItemInput("Begroting 2020", AgendaTag.ProcesEnMiddelen)]);

    [Fact]
    public void the_three_questions_are_answered()
    {
        AgreeGroundRules.Decide(Given(), Ogo, Rules(), Now).Events.ShouldHaveSingleItem()
            .ShouldBe(new GroundRulesAgreed(ProgrammeId, Ogo, "Open en veilig", "Afspraak is afspraak", "We benoemen het en de-escaleren samen", Now));
    }

    [Fact]
    public void each_of_the_three_questions_must_be_answered()
    {
        AgreeGroundRules.Decide(Given(), Ogo, new AgreeGroundRules("", " ", ""), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["atmosphere", "successFactors", "whenItFails"], ignoreOrder: true);
    }

    [Fact]
    public void ground_rules_of_an_unknown_body_or_in_an_ended_programme_are_refused()
    {
        AgreeGroundRules.Decide(Given(), Guid.NewGuid(), Rules(), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("body.exists");
        AgreeGroundRules.Decide(Given(Ended), Ogo, Rules(), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }

    [Fact]
    public void a_meeting_is_held_with_its_members_and_tagged_agenda()
    {
        var held = RecordMeeting.Decide(Given(), Ogo, MeetingId, Meeting(), Now).Events.ShouldHaveSingleItem().ShouldBeOfType<MeetingHeld>();

        held.MeetingId.ShouldBe(MeetingId);
        held.HeldOn.ShouldBe(new LocalDate(2019, 3, 11));
        held.AttendingPartnerIds.ShouldBe([Vws]);
        held.Agenda.ShouldBe([new AgendaItem("Praktijkverhaal uit de regio", AgendaTag.OpgaveEnPraktijk),
                              new AgendaItem("Begroting 2020", AgendaTag.ProcesEnMiddelen)]);
    }

    [Fact]
    public void only_members_of_the_body_attend()
    {
        RecordMeeting.Decide(Given(), Ogo, MeetingId, Meeting() with { AttendingPartnerIds = [Vws, Vng] }, Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("meeting.attendees-are-members");
        RecordMeeting.Decide(Given(new BodyMemberAdded(ProgrammeId, Ogo, Vng, Earlier)), Ogo, MeetingId,
            Meeting() with { AttendingPartnerIds = [Vws, Vng] }, Now).Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void a_meeting_has_a_date_and_attendees()
    {
        RecordMeeting.Decide(Given(), Ogo, MeetingId, new RecordMeeting(null, [], null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["heldOn", "attendingPartnerIds"], ignoreOrder: true);
    }

    [Fact]
    public void every_agenda_item_has_a_title_and_a_tag()
    {
        RecordMeeting.Decide(Given(), Ogo, MeetingId, Meeting() with { Agenda = [new AgendaItemInput("Voortgang", null)] }, Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("meeting.agenda-item-tagged");
        RecordMeeting.Decide(Given(), Ogo, MeetingId, Meeting() with { Agenda = [new AgendaItemInput(" ", AgendaTag.ProcesEnMiddelen)] }, Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("meeting.agenda-item-titled");
    }

    [Fact]
    public void no_meeting_of_an_unknown_body_or_in_an_ended_programme()
    {
        RecordMeeting.Decide(Given(), Guid.NewGuid(), MeetingId, Meeting(), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("body.exists");
        RecordMeeting.Decide(Given(Ended), Ogo, MeetingId, Meeting(), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }
}
