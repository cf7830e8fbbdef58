using Governance.Domain.Care;
using NodaTime;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Care;

public class when_a_tension_is_worked_with
{
    private static readonly Guid TensionId = Guid.NewGuid();
    private static readonly LocalDate Day = new(2019, 5, 1);

    private static readonly TensionRaised Raised = new(ProgrammeId, TensionId, "Subsidieregeling", "Regels botsen met de praktijk",
        "Programmadirecteur", new LocalDate(2019, 4, 1), Earlier);

    private static readonly TensionResolved Resolved = new(ProgrammeId, TensionId, "Regeling aangepast", Day, Earlier);

    [Fact]
    public void a_tension_is_raised()
    {
        RaiseTension.Decide(Given(), TensionId, new RaiseTension(" Subsidieregeling ", "Regels botsen met de praktijk", "Programmadirecteur", new LocalDate(2019, 4, 1)), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(Raised with { RecordedAt = Now });
    }

    [Fact]
    public void raising_needs_subject_description_who_and_when()
    {
        RaiseTension.Decide(Given(), TensionId, new RaiseTension("", "", "", null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["subject", "description", "raisedBy", "raisedOn"], ignoreOrder: true);
    }

    [Fact]
    public void a_tension_is_discussed_also_after_it_was_resolved()
    {
        DiscussTension.Decide(Given(Raised), TensionId, new DiscussTension("Opdrachtgeversoverleg", Day), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new TensionDiscussed(ProgrammeId, TensionId, "Opdrachtgeversoverleg", Day, Now));
        DiscussTension.Decide(Given(Raised, Resolved), TensionId, new DiscussTension("Reflectiesessie", Day), Now).Events.ShouldHaveSingleItem();
        DiscussTension.Decide(Given(Raised), TensionId, new DiscussTension(" ", null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["where", "discussedOn"], ignoreOrder: true);
    }

    [Fact]
    public void an_open_or_escalated_tension_is_escalated_to_a_body_of_the_programme()
    {
        var escalated = new TensionEscalated(ProgrammeId, TensionId, Ogo, Day, Earlier);

        EscalateTension.Decide(Given(Raised), TensionId, new EscalateTension(Ogo, Day), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(escalated with { RecordedAt = Now });
        EscalateTension.Decide(Given(Raised, escalated), TensionId, new EscalateTension(Ogo, Day), Now).Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void a_resolved_tension_is_not_escalated()
    {
        EscalateTension.Decide(Given(Raised, Resolved), TensionId, new EscalateTension(Ogo, Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("tension.unresolved");
    }

    [Fact]
    public void escalation_goes_to_a_body_that_exists()
    {
        EscalateTension.Decide(Given(Raised), TensionId, new EscalateTension(Guid.NewGuid(), Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("tension.escalate-to-existing-body");
        EscalateTension.Decide(Given(Raised), TensionId, new EscalateTension(null, null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["bodyId", "escalatedOn"], ignoreOrder: true);
    }

    [Fact]
    public void a_tension_is_resolved_once()
    {
        ResolveTension.Decide(Given(Raised), TensionId, new ResolveTension("Regeling aangepast", Day), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(Resolved with { RecordedAt = Now });
        ResolveTension.Decide(Given(Raised, Resolved), TensionId, new ResolveTension("Nogmaals", Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("tension.resolved-once");
        ResolveTension.Decide(Given(Raised), TensionId, new ResolveTension("", null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["resolution", "resolvedOn"], ignoreOrder: true);
    }

    [Fact]
    public void an_unknown_tension_is_refused()
    {
        DiscussTension.Decide(Given(), TensionId, new DiscussTension("Overleg", Day), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("tension.exists");
        EscalateTension.Decide(Given(), TensionId, new EscalateTension(Ogo, Day), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("tension.exists");
        ResolveTension.Decide(Given(), TensionId, new ResolveTension("Klaar", Day), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("tension.exists");
    }

    [Fact]
    public void nothing_is_added_to_the_tensions_of_an_ended_programme()
    {
        RaiseTension.Decide(Given(Ended), TensionId, new RaiseTension("a", "b", "c", Day), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
        DiscussTension.Decide(Given(Raised, Ended), TensionId, new DiscussTension("Overleg", Day), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
        EscalateTension.Decide(Given(Raised, Ended), TensionId, new EscalateTension(Ogo, Day), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
        ResolveTension.Decide(Given(Raised, Ended), TensionId, new ResolveTension("Klaar", Day), Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }
}
