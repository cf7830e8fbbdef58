using Governance.Domain.Common;
using Governance.Domain.Resources;
using NodaTime;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Resources;

public class when_a_means_instrument_is_established_or_contested
{
    private static readonly Guid InstrumentId = Guid.NewGuid();
    private static readonly LocalDate Day = new(2019, 1, 10);
    private static readonly MeansInstrumentEstablished Established = new(ProgrammeId, InstrumentId, "Subsidieregeling regionale projectleiders",
        MeansInstrumentKind.Subsidieregeling, Day, Earlier);
    private static readonly MeansInstrumentContested Contested = new(ProgrammeId, InstrumentId, Vws, "Voorwaarden te ruim", Day, Earlier);

    [Fact]
    public void an_instrument_is_established()
    {
        EstablishMeansInstrument.Decide(Given(), InstrumentId, new EstablishMeansInstrument(" Subsidieregeling regionale projectleiders ", MeansInstrumentKind.Subsidieregeling, Day), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(Established with { RecordedAt = Now });
        EstablishMeansInstrument.Decide(Given(), InstrumentId, new EstablishMeansInstrument("", null, null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["name", "kind", "establishedOn"], ignoreOrder: true);
    }

    [Fact]
    public void an_active_partner_contests_it_once_until_the_dispute_is_settled()
    {
        ContestMeansInstrument.Decide(Given(Established), InstrumentId, new ContestMeansInstrument(Vws, " Voorwaarden te ruim ", Day), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(Contested with { RecordedAt = Now });
        ContestMeansInstrument.Decide(Given(Established, Contested), InstrumentId, new ContestMeansInstrument(Vws, "Nog eens", Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("instrument.contested-once");
        ContestMeansInstrument.Decide(Given(Established), InstrumentId, new ContestMeansInstrument(Gone, "Weg", Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("instrument.contested-by-active-partner");

        var settled = SettleMeansInstrumentDispute.Decide(Given(Established, Contested), InstrumentId, new SettleMeansInstrumentDispute("Voorwaarden aangescherpt", Day.PlusDays(30)), Now);
        settled.Events.ShouldHaveSingleItem().ShouldBe(new MeansInstrumentDisputeSettled(ProgrammeId, InstrumentId, "Voorwaarden aangescherpt", Day.PlusDays(30), Now));
        ContestMeansInstrument.Decide(Given(Established, Contested, settled.Events[0]), InstrumentId, new ContestMeansInstrument(Vws, "Opnieuw", Day.PlusDays(60)), Now)
            .Events.ShouldHaveSingleItem();
    }

    [Fact]
    public void only_an_open_dispute_is_settled_and_an_unknown_instrument_is_not_found()
    {
        SettleMeansInstrumentDispute.Decide(Given(Established), InstrumentId, new SettleMeansInstrumentDispute("Klaar", Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("instrument.dispute-open");
        ContestMeansInstrument.Decide(Given(), InstrumentId, new ContestMeansInstrument(Vws, "x", Day), Now)
            .Refusals.ShouldHaveSingleItem().Kind.ShouldBe(RefusalKind.NotFound);
        ContestMeansInstrument.Decide(Given(Established), InstrumentId, new ContestMeansInstrument(null, " ", null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["partnerId", "reason", "contestedOn"], ignoreOrder: true);
    }
}
