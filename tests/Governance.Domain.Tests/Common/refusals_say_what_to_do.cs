using System.Text.RegularExpressions;
using Governance.Domain.Common;
using Governance.Domain.Programmes;
using static Governance.Domain.Tests.Ghnt;

namespace Governance.Domain.Tests.Common;

/// <summary>
/// A refusal is read by a civil servant at a form, not by a developer: it says what to do (docs/web.md "Errors say
/// what to do"), writes dates as people read them and cites no source document.
/// </summary>
public class refusals_say_what_to_do
{
    private static readonly Regex IsoDate = new(@"\d{4}-\d{2}-\d{2}");

    private static string MessageOf(Outcome outcome) => outcome.Refusals.ShouldHaveSingleItem().Message;

    [Fact]
    public void a_date_in_the_future_where_only_the_past_can_be_recorded_asks_for_today_or_earlier()
    {
        var tomorrow = Now.InZone(AmsterdamTime.Zone).Date.PlusDays(1);

        var message = MessageOf(RecordEffectMeasured.Decide(Given(), new RecordEffectMeasured("Meldingen", "Meer meldingen", tomorrow), Now));

        message.ShouldBe("Kies als datum van de meting vandaag of een eerdere dag.");
    }

    [Fact]
    public void an_end_before_the_start_names_the_start_as_a_dutch_date()
    {
        var message = MessageOf(EndProgramme.Decide(Given(), new EndProgramme(Start.PlusDays(-1), "Afgerond"), Now));

        message.ShouldStartWith("Kies een einddatum op of na de start van het programma (");
        message.ShouldContain(Governance.Domain.Health.HealthContext.Date(Start));
        IsoDate.IsMatch(message).ShouldBeFalse();
    }

    [Fact]
    public void a_phase_backwards_asks_for_a_later_phase_and_names_the_current_one()
    {
        var inUitvoering = Given(new ProgrammePhaseChanged(ProgrammeId, ProgrammePhase.Uitvoering, Start.PlusMonths(6), null, Earlier));

        var message = MessageOf(ChangePhase.Decide(inUitvoering, new ChangePhase(ProgrammePhase.Start, Start.PlusMonths(7), null), Now));

        message.ShouldStartWith("Kies een latere fase dan de huidige (");
    }

    [Fact]
    public void the_opdrachtnemer_as_borging_owner_is_told_whom_to_choose_without_a_source_citation()
    {
        var message = MessageOf(RecordBorgingPlan.Decide(Given(), new RecordBorgingPlan([new BorgingItemInput("Kennisbank", Programmadirectie)]), Now));

        message.ShouldContain("kies als eigenaar een opdrachtgever of lijnorganisatie");
        message.ShouldNotContain("004");
    }
}
