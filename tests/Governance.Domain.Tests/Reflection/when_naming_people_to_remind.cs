using Governance.Domain.Reflection;
using NodaTime;
using static Governance.Domain.Tests.Reflection.SessionGiven;

namespace Governance.Domain.Tests.Reflection;

/// <summary>Invitees and action owners may be directory people, so invitations and reminders can reach them.</summary>
public class when_naming_people_to_remind
{
    [Fact]
    public void invitees_from_the_directory_travel_with_the_scheduled_session_once_each()
    {
        var daan = Guid.NewGuid();
        var command = new ScheduleReflectionSession("Reflectie voorjaar", "2026-05-12T14:00", 120, "Stadhuis", "Anna de Vries", ["VNG"])
        {
            InviteePersonIds = [daan, daan],
        };

        var scheduled = ScheduleReflectionSession.Decide(Programme(), Guid.NewGuid(), command, Earlier)
            .Events.ShouldHaveSingleItem().ShouldBeOfType<ReflectionSessionScheduled>();

        scheduled.InviteePersonIds.ShouldBe([daan]);
    }

    [Fact]
    public void a_session_without_directory_invitees_has_none()
    {
        var command = new ScheduleReflectionSession("Reflectie voorjaar", "2026-05-12T14:00", 120, "Stadhuis", "Anna de Vries", ["VNG"]);

        ScheduleReflectionSession.Decide(Programme(), Guid.NewGuid(), command, Earlier)
            .Events.ShouldHaveSingleItem().ShouldBeOfType<ReflectionSessionScheduled>().InviteePersonIds.ShouldBeEmpty();
    }

    [Fact]
    public void an_action_owner_from_the_directory_travels_with_the_agreed_action()
    {
        var owner = Guid.NewGuid();
        var command = new AgreeFollowUpAction("Regio's uitnodigen", "Daan", new LocalDate(2026, 6, 1)) { OwnerPersonId = owner };

        var agreed = AgreeFollowUpAction.Decide(Session(Held()), ActionId, command, AfterStart)
            .Events.ShouldHaveSingleItem().ShouldBeOfType<FollowUpActionAgreed>();

        agreed.OwnerPersonId.ShouldBe(owner);
    }
}
