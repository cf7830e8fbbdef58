using Governance.Domain.Common;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Partners;

/// <summary>Rec. 2: an endorsement withdrawn, dissent on the opgave recorded and resolved.</summary>
public class when_a_partner_no_longer_shares_the_opgave
{
    private static readonly LocalDate Day = new(2019, 3, 1);
    private static readonly OpgaveFormulated Opgave = new(ProgrammeId, "Geweld stoppen", "Cirkel doorbreken", "Minder geweld", "Wet", "Regio", Earlier);
    private static readonly OpgaveEndorsed VngEndorsed = new(ProgrammeId, Vng, new LocalDate(2019, 1, 15), Earlier);
    private static readonly OpgaveDissentRecorded VngDissents = new(ProgrammeId, Vng, new LocalDate(2019, 2, 1), "Ambitie te landelijk", Earlier);

    [Fact]
    public void a_standing_endorsement_is_withdrawn_with_its_reason()
    {
        WithdrawOpgaveEndorsement.Decide(Given(Opgave, VngEndorsed), Vng, new WithdrawOpgaveEndorsement(Day, " Nieuw bestuur wil eerst herijken "), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new OpgaveEndorsementWithdrawn(ProgrammeId, Vng, Day, "Nieuw bestuur wil eerst herijken", Now));
    }

    [Fact]
    public void withdrawing_needs_a_date_not_in_the_future_on_or_after_the_endorsement_and_a_reason()
    {
        var programme = Given(Opgave, VngEndorsed);
        WithdrawOpgaveEndorsement.Decide(programme, Vng, new WithdrawOpgaveEndorsement(null, " "), Now)
            .Refusals.Select(r => (r.Field, r.Rule)).ShouldBe([("withdrawnOn", "input.required"), ("reason", "input.required")], ignoreOrder: true);
        WithdrawOpgaveEndorsement.Decide(programme, Vng, new WithdrawOpgaveEndorsement(new LocalDate(2019, 3, 13), "Reden"), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("endorsement.not-in-future");
        var early = WithdrawOpgaveEndorsement.Decide(programme, Vng, new WithdrawOpgaveEndorsement(new LocalDate(2019, 1, 14), "Reden"), Now).Refusals.ShouldHaveSingleItem();
        (early.Field, early.Rule).ShouldBe(("withdrawnOn", "endorsement.withdrawn-after-endorsed"));
    }

    [Fact]
    public void only_a_standing_endorsement_is_withdrawn()
    {
        var command = new WithdrawOpgaveEndorsement(Day, "Reden");
        WithdrawOpgaveEndorsement.Decide(Given(Opgave), Vng, command, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("endorsement.standing");
        var withdrawn = new OpgaveEndorsementWithdrawn(ProgrammeId, Vng, Day, "Reden", Earlier);
        WithdrawOpgaveEndorsement.Decide(Given(Opgave, VngEndorsed, withdrawn), Vng, command, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("endorsement.standing");
        WithdrawOpgaveEndorsement.Decide(Given(Opgave, VngEndorsed, VngDissents), Vng, command, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("endorsement.standing");
        WithdrawOpgaveEndorsement.Decide(Given(Opgave, VngEndorsed, withdrawn, VngEndorsed), Vng, command, Now).Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void dissent_on_the_formulated_opgave_is_recorded_once_while_open()
    {
        var command = new RecordOpgaveDissent(Day, " Ambitie te landelijk ");
        RecordOpgaveDissent.Decide(Given(Opgave), Vng, command, Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new OpgaveDissentRecorded(ProgrammeId, Vng, Day, "Ambitie te landelijk", Now));
        RecordOpgaveDissent.Decide(Given(), Vng, command, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("opgave.formulated");
        RecordOpgaveDissent.Decide(Given(Opgave, VngDissents), Vng, command, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("dissent.open-once");
        var resolved = new OpgaveDissentResolved(ProgrammeId, Vng, new LocalDate(2019, 2, 10), "Herformuleerd", Earlier);
        RecordOpgaveDissent.Decide(Given(Opgave, VngDissents, resolved), Vng, command, Now).Events.ShouldHaveSingleItem();
        RecordOpgaveDissent.Decide(Given(Opgave, VngDissents, VngEndorsed), Vng, command, Now).Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void dissent_needs_a_date_not_in_the_future_and_what_is_not_shared()
    {
        RecordOpgaveDissent.Decide(Given(Opgave), Vng, new RecordOpgaveDissent(null, null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["on", "reason"], ignoreOrder: true);
        RecordOpgaveDissent.Decide(Given(Opgave), Vng, new RecordOpgaveDissent(new LocalDate(2019, 3, 13), "Reden"), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("dissent.not-in-future");
    }

    [Fact]
    public void an_open_dissent_is_resolved_on_or_after_its_date_and_only_once()
    {
        var command = new ResolveOpgaveDissent(Day, " Ambitie aangescherpt met de gemeenten ");
        ResolveOpgaveDissent.Decide(Given(Opgave, VngDissents), Vng, command, Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new OpgaveDissentResolved(ProgrammeId, Vng, Day, "Ambitie aangescherpt met de gemeenten", Now));
        ResolveOpgaveDissent.Decide(Given(Opgave), Vng, command, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("dissent.open");
        var resolved = new OpgaveDissentResolved(ProgrammeId, Vng, Day, "Opgelost", Earlier);
        ResolveOpgaveDissent.Decide(Given(Opgave, VngDissents, resolved), Vng, command, Now).Refusals.ShouldHaveSingleItem().Rule.ShouldBe("dissent.open");
        var early = ResolveOpgaveDissent.Decide(Given(Opgave, VngDissents), Vng, new ResolveOpgaveDissent(new LocalDate(2019, 1, 31), "Opgelost"), Now).Refusals.ShouldHaveSingleItem();
        (early.Field, early.Rule).ShouldBe(("on", "dissent.resolved-after-dissent"));
        ResolveOpgaveDissent.Decide(Given(Opgave, VngDissents), Vng, new ResolveOpgaveDissent(null, ""), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["on", "how"], ignoreOrder: true);
    }

    [Fact]
    public void an_unknown_partner_is_not_found_and_a_partner_that_left_or_an_ended_programme_is_refused()
    {
        Outcome[] Each(Programme programme, Guid partner) =>
        [
            WithdrawOpgaveEndorsement.Decide(programme, partner, new WithdrawOpgaveEndorsement(Day, "Reden"), Now),
            RecordOpgaveDissent.Decide(programme, partner, new RecordOpgaveDissent(Day, "Reden"), Now),
            ResolveOpgaveDissent.Decide(programme, partner, new ResolveOpgaveDissent(Day, "Opgelost"), Now),
        ];
        foreach (var outcome in Each(Given(Opgave), Guid.NewGuid())) outcome.Refusals.ShouldHaveSingleItem().Kind.ShouldBe(RefusalKind.NotFound);
        foreach (var outcome in Each(Given(Opgave), Gone)) outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("partner.active");
        foreach (var outcome in Each(Given(Opgave, VngEndorsed, Ended), Vng)) outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }
}
