using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Tests.Health;

public class when_evaluating_rec01_start_gericht : HealthSpec
{
    private const Recommendation Rec = Recommendation.StartGericht;

    private void WellStarted(LocalDate justifiedOn)
    {
        var partner = Partner("Ministerie van JenV", D(2020, 1, 5));
        Given(new PartnerInterestRecorded(ProgrammeId, partner, "Minder geweld", "Politie en OM", Noon(D(2020, 1, 6))),
              new ProgrammeFormJustified(ProgrammeId, "De Taskforce lukte het niet", "Lijn versterken", Noon(justifiedOn)),
              new OpgaveFormulated(ProgrammeId, "Geweld stoppen", "Cirkel doorbreken", "Minder geweld", "Wet", "Regio", Noon(D(2020, 1, 10))),
              new BorgingPlanRecorded(ProgrammeId, [new BorgingItem("Regionale aanpak", partner)], Noon(D(2020, 2, 1))));
    }

    private void Decision(LocalDate on) => Given(new DecisionLogged(Guid.NewGuid(), ProgrammeId, "Regionale aanpak", "", [], "Regio", "Waarom",
        new DecisionMaker(null, null, "Stuurgroep"), null, on, [], "", null, DecisionStatus.Taken, new WooClassification(true, null), Noon(on)));

    [Fact]
    public void nothing_recorded_is_not_yet_assessable_on_the_last_day_of_the_start_window()
    {
        var result = On(AfterStartWindow.PlusDays(-1), Rec);
        result.Status.ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        result.Missing.ShouldContain(m => m.Contains("programmavorm onderbouwen"));
    }

    [Fact]
    public void nothing_recorded_stays_not_yet_assessable_after_the_start_window_saying_what_was_not_recorded()
    {
        var result = On(AfterStartWindow, Rec);
        result.Status.ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        result.Reason.ShouldStartWith("Nog niet te beoordelen: niet vastgelegd");
        result.Missing.ShouldContain(m => m.StartsWith("Vastleggen waarom een programma nodig is"));
    }

    [Fact]
    public void all_choices_made_before_the_first_decision_is_green_already_within_the_window()
    {
        WellStarted(justifiedOn: D(2020, 1, 8));
        Decision(D(2020, 1, 11));
        var result = On(D(2020, 2, 2), Rec);
        result.Status.ShouldBe(IndicatorStatus.Groen);
        result.Evidence.Count.ShouldBe(3);
        result.Quote.ShouldStartWith("Maak inrichtingskeuzes bewust");
        result.Source.ShouldBe("004 l. 951–953");
    }

    [Fact]
    public void justifying_the_programme_form_only_after_the_first_decision_is_orange()
    {
        Decision(D(2020, 1, 8));
        WellStarted(justifiedOn: D(2020, 1, 9));
        var result = On(AfterStartWindow, Rec);
        result.Status.ShouldBe(IndicatorStatus.Oranje);
        result.Missing.ShouldContain(m => m.Contains("pas na het eerste besluit"));
    }

    [Fact]
    public void a_partner_without_recorded_interest_is_not_recorded_rather_than_orange()
    {
        WellStarted(justifiedOn: D(2020, 1, 8));
        Partner("VNG", D(2020, 2, 1), Bestuurslaag.Koepel);
        On(AfterStartWindow, Rec).Missing.ShouldContain("Rol, belang en bijdrage van VNG vastleggen.");
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
    }
}
