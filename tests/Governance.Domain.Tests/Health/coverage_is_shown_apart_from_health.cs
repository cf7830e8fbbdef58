using Governance.Domain.Health;
using Governance.Domain.Partners;

namespace Governance.Domain.Tests.Health;

/// <summary>
/// Per indicator, which kinds of facts were recorded at all — apart from the status, and never as a number, so
/// "we know too little" stays visibly different from "it is going wrong".
/// </summary>
public class coverage_is_shown_apart_from_health : HealthSpec
{
    [Fact]
    public void a_programme_with_only_its_registration_has_nothing_recorded_and_no_indicator_is_rood()
    {
        var results = HealthEvaluation.Evaluate(Facts, Noon(D(2021, 6, 1)));
        results.ShouldAllBe(r => r.Coverage.Count > 0 && r.Coverage.All(k => !k.Recorded));
        results.ShouldAllBe(r => r.Status == IndicatorStatus.NogNietTeBeoordelen);
    }

    [Fact]
    public void a_recorded_kind_shows_as_recorded_for_the_indicators_that_read_it()
    {
        var partner = Partner("VNG", D(2020, 1, 2));
        Given(new Governance.Domain.Care.PersonalConnectionMade(ProgrammeId, partner, D(2020, 5, 1), Noon(D(2020, 5, 1))));
        var personal = On(D(2020, 6, 1), Recommendation.MaakVerbindingenPersoonlijk);
        personal.Coverage.ShouldBe([new CoveredKind("partners", true), new CoveredKind("persoonlijk contact", true)]);
        On(D(2020, 6, 1), Recommendation.OrganiseerReflectie).Coverage.ShouldAllBe(k => !k.Recorded);
    }
}
