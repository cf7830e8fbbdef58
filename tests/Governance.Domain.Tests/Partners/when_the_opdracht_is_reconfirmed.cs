using Governance.Domain.Common;
using Governance.Domain.Partners;
using NodaTime;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Partners;

public class when_the_opdracht_is_reconfirmed
{
    private static readonly LocalDate Day = new(2019, 3, 1);

    [Fact]
    public void a_reconfirmation_with_new_representatives_is_recorded()
    {
        RecordOpdrachtReconfirmation.Decide(Given(), Vws, new RecordOpdrachtReconfirmation(true, Day, " Nieuwe DG bevestigt de opdracht "), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new OpdrachtReconfirmed(ProgrammeId, Vws, Day, "Nieuwe DG bevestigt de opdracht", Now));
    }

    [Fact]
    public void explicitly_not_reconfirmed_is_recorded_with_its_reason()
    {
        RecordOpdrachtReconfirmation.Decide(Given(), Vws, new RecordOpdrachtReconfirmation(false, Day, "Zien het als programma van het departement"), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new OpdrachtNotReconfirmed(ProgrammeId, Vws, Day, "Zien het als programma van het departement", Now));
    }

    [Fact]
    public void not_reconfirmed_needs_a_reason()
    {
        var refusal = RecordOpdrachtReconfirmation.Decide(Given(), Vws, new RecordOpdrachtReconfirmation(false, Day, " "), Now).Refusals.ShouldHaveSingleItem();
        refusal.Field.ShouldBe("note");
        refusal.Rule.ShouldBe("opdracht.not-reconfirmed-reason");
    }

    [Fact]
    public void whether_and_when_are_required_and_the_date_is_not_in_the_future()
    {
        RecordOpdrachtReconfirmation.Decide(Given(), Vws, new RecordOpdrachtReconfirmation(null, null, null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["reconfirmed", "on"], ignoreOrder: true);
        RecordOpdrachtReconfirmation.Decide(Given(), Vws, new RecordOpdrachtReconfirmation(true, new LocalDate(2019, 3, 13), null), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("opdracht.reconfirmation-not-in-future");
    }

    [Fact]
    public void an_unknown_partner_is_not_found_and_a_partner_that_left_or_an_ended_programme_is_refused()
    {
        var command = new RecordOpdrachtReconfirmation(true, Day, null);
        RecordOpdrachtReconfirmation.Decide(Given(), Guid.NewGuid(), command, Now).Refusals.ShouldHaveSingleItem().Kind.ShouldBe(RefusalKind.NotFound);
        RecordOpdrachtReconfirmation.Decide(Given(), Gone, command, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("partner.active");
        RecordOpdrachtReconfirmation.Decide(Given(Ended), Vws, command, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }
}
