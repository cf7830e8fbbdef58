using Governance.Domain.Care;
using Governance.Domain.Health;
using NodaTime;

namespace Governance.Domain.Tests.Health;

public class when_evaluating_rec06_maak_verbindingen_persoonlijk : HealthSpec
{
    private const Recommendation Rec = Recommendation.MaakVerbindingenPersoonlijk;
    private static readonly LocalDate Today = D(2020, 9, 1);

    private void Partners(int count, int contacted, LocalDate contactOn)
    {
        for (var i = 0; i < count; i++)
        {
            var partner = Partner($"Partner {i}", D(2020, 1, 2));
            if (i < contacted) Given(new PersonalConnectionMade(ProgrammeId, partner, contactOn, Noon(contactOn)));
        }
    }

    [Fact]
    public void eighty_percent_contacted_in_the_last_quarter_is_just_green()
    {
        Partners(count: 5, contacted: 4, contactOn: D(2020, 8, 1));
        StatusOn(Today, Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void partners_without_any_recorded_contact_are_not_recorded_rather_than_a_failure()
    {
        Partners(count: 4, contacted: 2, contactOn: D(2020, 8, 1));
        var result = On(Today, Rec);
        result.Status.ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        result.Reason.ShouldStartWith("Nog niet te beoordelen: niet vastgelegd");
    }

    [Fact]
    public void stale_contacts_are_orange_never_red()
    {
        Partners(count: 5, contacted: 5, contactOn: D(2019, 12, 1));
        var result = On(Today, Rec);
        result.Status.ShouldBe(IndicatorStatus.Oranje);
        result.Missing.Count.ShouldBe(5);
        result.Evidence.ShouldAllBe(e => e.Kind == EvidenceKind.Negative);
    }

    [Theory]
    [InlineData(1, "met 1 partner is het contact verouderd")]
    [InlineData(3, "met 3 partners is het contact verouderd")]
    public void the_reason_counts_stale_contacts_in_real_plurals(int stale, string told)
    {
        Partners(count: stale, contacted: stale, contactOn: D(2019, 12, 1));
        var reason = On(Today, Rec).Reason;
        reason.ShouldContain(told);
        reason.ShouldNotContain("(s)");
    }

    [Fact]
    public void a_contact_with_a_since_replaced_representative_is_stale()
    {
        var partner = Partner("Politie", D(2020, 1, 2));
        Given(new PersonalConnectionMade(ProgrammeId, partner, D(2020, 8, 1), Noon(D(2020, 8, 1))));
        Given(new Governance.Domain.Partners.RepresentativeNamed(ProgrammeId, partner, Guid.NewGuid(), "A", "Chef", Noon(D(2020, 1, 3))));
        StatusOn(Today, Rec).ShouldBe(IndicatorStatus.Groen);
        Given(new Governance.Domain.Partners.RepresentativeNamed(ProgrammeId, partner, Guid.NewGuid(), "B", "Chef", Noon(D(2020, 8, 20))));
        StatusOn(Today, Rec).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void quarterly_rounds_on_the_same_calendar_day_never_leave_green_no_comb_in_the_history()
    {
        var partner = Partner("Politie", D(2020, 1, 2));
        for (var on = D(2020, 1, 1); on <= D(2022, 1, 1); on = on.PlusMonths(3))
            Given(new PersonalConnectionMade(ProgrammeId, partner, on, Noon(on)));
        for (var day = D(2020, 4, 1); day <= D(2022, 1, 1); day = day.PlusDays(1))
            StatusOn(day, Rec).ShouldBe(IndicatorStatus.Groen, $"op {day}");
    }

    [Fact]
    public void a_contact_counts_for_thirteen_weeks_plus_two_weeks_slack_and_then_ages_to_orange_without_any_new_event()
    {
        var contactOn = D(2020, 6, 1);
        Partners(count: 1, contacted: 1, contactOn: contactOn);
        StatusOn(contactOn.PlusWeeks(15), Rec).ShouldBe(IndicatorStatus.Groen);
        StatusOn(contactOn.PlusWeeks(15).PlusDays(1), Rec).ShouldBe(IndicatorStatus.Oranje);
        StatusOn(contactOn.PlusYears(2), Rec).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void without_partners_it_is_not_yet_assessable() =>
        StatusOn(Today, Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
}
