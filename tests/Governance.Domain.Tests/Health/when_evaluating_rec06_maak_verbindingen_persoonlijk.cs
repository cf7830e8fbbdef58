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
    public void fifty_percent_is_just_orange()
    {
        Partners(count: 4, contacted: 2, contactOn: D(2020, 8, 1));
        StatusOn(Today, Rec).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void below_fifty_percent_is_red()
    {
        Partners(count: 5, contacted: 2, contactOn: D(2020, 8, 1));
        var result = On(Today, Rec);
        result.Status.ShouldBe(IndicatorStatus.Rood);
        result.Missing.Count.ShouldBe(3);
    }

    [Fact]
    public void a_contact_counts_for_thirteen_weeks_and_then_ages_out_without_any_new_event()
    {
        var contactOn = D(2020, 6, 1);
        Partners(count: 1, contacted: 1, contactOn: contactOn);
        StatusOn(contactOn.PlusWeeks(13).PlusDays(-1), Rec).ShouldBe(IndicatorStatus.Groen);
        StatusOn(contactOn.PlusWeeks(13), Rec).ShouldBe(IndicatorStatus.Rood);
    }

    [Fact]
    public void without_partners_it_is_not_yet_assessable() =>
        StatusOn(Today, Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
}
