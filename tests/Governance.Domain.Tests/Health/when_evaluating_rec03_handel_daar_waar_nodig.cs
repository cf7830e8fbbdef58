using Governance.Domain.Resources;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;

namespace Governance.Domain.Tests.Health;

public class when_evaluating_rec03_handel_daar_waar_nodig : HealthSpec
{
    private const Recommendation Rec = Recommendation.HandelDaarWaarNodig;

    private void Focus(FocusLevel level) => Given(new FocusLevelChosen(ProgrammeId, level, "Daar wordt het verschil gemaakt", Noon(D(2020, 2, 1))));

    [Fact]
    public void no_focus_is_not_yet_assessable_in_the_window_nor_after_it()
    {
        StatusOn(AfterStartWindow.PlusDays(-1), Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        On(AfterStartWindow, Rec).Reason.ShouldContain("niet vastgelegd waar het zwaartepunt");
    }

    [Fact]
    public void a_national_focus_is_green()
    {
        Focus(FocusLevel.Landelijk);
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void a_regional_focus_with_two_local_partners_is_just_green()
    {
        Focus(FocusLevel.Regionaal);
        Partner("Gemeente Utrecht", D(2020, 2, 1), Bestuurslaag.Gemeente);
        Partner("Provincie Utrecht", D(2020, 2, 1), Bestuurslaag.Provincie);
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void a_regional_focus_with_one_local_partner_is_just_orange()
    {
        Focus(FocusLevel.Regionaal);
        Partner("Gemeente Utrecht", D(2020, 2, 1), Bestuurslaag.Gemeente);
        Partner("Ministerie van JenV", D(2020, 2, 1));
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void a_regional_focus_without_any_local_partner_is_orange_at_worst()
    {
        Focus(FocusLevel.Lokaal);
        Partner("Ministerie van JenV", D(2020, 2, 1));
        var result = On(AfterStartWindow, Rec);
        result.Status.ShouldBe(IndicatorStatus.Oranje);
        result.Missing.ShouldHaveSingleItem().ShouldContain("Plaatselijke verbindingen");
    }

    [Fact]
    public void a_regional_focus_with_regional_project_leaders_through_a_subsidy_scheme_is_green_without_local_partners()
    {
        // GHNT: "samenwerkende gemeenten via een subsidieregeling de beschikking konden krijgen over regionaal projectleiders" (004 l. 721–725).
        Focus(FocusLevel.Regionaal);
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.Oranje);
        Given(new MeansInstrumentEstablished(ProgrammeId, Guid.NewGuid(), "Regionale projectleiders", MeansInstrumentKind.RegionaleProjectleiders, D(2020, 5, 1), Noon(D(2020, 5, 1))));
        var result = On(D(2020, 5, 1), Rec);
        result.Status.ShouldBe(IndicatorStatus.Groen);
        result.Evidence.ShouldContain(e => e.Text == "Middel voor de regio: Regionale projectleiders.");
    }
}
