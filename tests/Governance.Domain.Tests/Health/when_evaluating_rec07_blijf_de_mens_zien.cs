using Governance.Domain.Care;
using Governance.Domain.Health;
using NodaTime;

namespace Governance.Domain.Tests.Health;

public class when_evaluating_rec07_blijf_de_mens_zien : HealthSpec
{
    private const Recommendation Rec = Recommendation.BlijfDeMensZien;
    private static readonly LocalDate Today = D(2020, 9, 1);

    private void LivedExperience(LocalDate on) =>
        Given(new LivedExperienceContributed(ProgrammeId, "Ervaringsdeskundige A", "Slachtoffer", "Stuurgroep", on, Noon(on)));

    [Fact]
    public void lived_experience_and_thirty_percent_opgave_items_is_just_green()
    {
        var body = Body(D(2020, 1, 15), AllAspects);
        LivedExperience(D(2020, 8, 1));
        Meeting(D(2020, 8, 1), body, opgaveItems: 3, processItems: 7);
        StatusOn(Today, Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void lived_experience_with_less_than_thirty_percent_opgave_items_is_orange()
    {
        var body = Body(D(2020, 1, 15), AllAspects);
        LivedExperience(D(2020, 8, 1));
        Meeting(D(2020, 8, 1), body, opgaveItems: 2, processItems: 8);
        var result = On(Today, Rec);
        result.Status.ShouldBe(IndicatorStatus.Oranje);
        result.Missing.ShouldHaveSingleItem().ShouldContain("nu 20%");
    }

    [Fact]
    public void opgave_items_without_any_recorded_lived_experience_is_not_yet_assessable()
    {
        var body = Body(D(2020, 1, 15), AllAspects);
        Meeting(D(2020, 8, 1), body, opgaveItems: 5, processItems: 5);
        var result = On(Today, Rec);
        result.Status.ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        result.Reason.ShouldContain("niet vastgelegd of ervaringsdeskundigen");
    }

    [Fact]
    public void lived_experience_older_than_six_months_ages_to_orange_never_red_and_the_window_moves_with_time()
    {
        var body = Body(D(2020, 1, 15), AllAspects);
        LivedExperience(D(2020, 4, 1));
        Meeting(D(2020, 4, 1), body, opgaveItems: 5, processItems: 5);
        StatusOn(D(2020, 10, 1).PlusDays(-1), Rec).ShouldBe(IndicatorStatus.Groen);
        StatusOn(D(2020, 10, 1), Rec).ShouldBe(IndicatorStatus.Oranje);
        StatusOn(D(2023, 10, 1), Rec).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void within_the_start_window_nothing_yet_is_not_yet_assessable() =>
        StatusOn(D(2020, 2, 1), Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);

    [Fact]
    public void a_standing_spiegelgroep_counts_while_it_stands_and_ages_from_its_end()
    {
        // GHNT: "een spiegelgroep ervaringsdeskundigheid (slachtoffers en plegers) ingericht" (004 l. 709–713).
        var group = Guid.NewGuid();
        Given(new LivedExperienceArrangementEstablished(ProgrammeId, group, "Spiegelgroep", "slachtoffers en plegers", D(2020, 2, 1), Noon(D(2020, 2, 1))));
        // Two years on, with no single contribution recorded, the standing group is lived experience at the table.
        var standing = On(D(2022, 2, 1), Rec);
        standing.Status.ShouldBe(IndicatorStatus.Groen);
        standing.Evidence.ShouldContain(e => e.Text == "Staande groep aan tafel: Spiegelgroep (sinds 1 februari 2020).");

        Given(new LivedExperienceArrangementEnded(ProgrammeId, group, "Opgeheven", D(2022, 3, 1), Noon(D(2022, 3, 1))));
        StatusOn(D(2022, 8, 31), Rec).ShouldBe(IndicatorStatus.Groen);
        StatusOn(D(2022, 9, 1), Rec).ShouldBe(IndicatorStatus.Oranje);
    }
}
