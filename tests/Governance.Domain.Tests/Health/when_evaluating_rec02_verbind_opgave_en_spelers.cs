using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;

namespace Governance.Domain.Tests.Health;

public class when_evaluating_rec02_verbind_opgave_en_spelers : HealthSpec
{
    private const Recommendation Rec = Recommendation.VerbindOpgaveEnSpelers;

    /// <summary>Ten partners, all with interest recorded, of which <paramref name="endorsing"/> endorse the opgave.</summary>
    private void TenPartners(int endorsing, bool opgave = true)
    {
        if (opgave)
            Given(new OpgaveFormulated(ProgrammeId, "Geweld stoppen", "Cirkel doorbreken", "Minder geweld", "Wet", "Regio", Noon(D(2020, 1, 10))));
        for (var i = 0; i < 10; i++)
        {
            var partner = Partner($"Partner {i}", D(2020, 1, 2));
            Given(new PartnerInterestRecorded(ProgrammeId, partner, "Belang", "Bijdrage", Noon(D(2020, 1, 3))));
            if (i < endorsing) Given(new OpgaveEndorsed(ProgrammeId, partner, D(2020, 1, 20), Noon(D(2020, 1, 20))));
        }
    }

    [Fact]
    public void ninety_percent_endorsed_is_just_green()
    {
        TenPartners(endorsing: 9);
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void endorsements_not_recorded_for_some_partners_is_not_yet_assessable_not_a_failure()
    {
        TenPartners(endorsing: 5);
        var result = On(AfterStartWindow, Rec);
        result.Status.ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        result.Reason.ShouldStartWith("Nog niet te beoordelen: niet vastgelegd of genoeg partners");
        result.Missing.Count(m => m.StartsWith("Vastleggen of") && m.EndsWith("de gedeelde ambitie onderschrijft.")).ShouldBe(5);
    }

    [Fact]
    public void no_shared_starting_point_is_not_yet_assessable_even_when_all_endorse()
    {
        TenPartners(endorsing: 10, opgave: false);
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
    }

    [Fact]
    public void a_reformulated_opgave_lapses_earlier_endorsements_orange_until_endorsed_again()
    {
        TenPartners(endorsing: 10);
        StatusOn(D(2020, 5, 1), Rec).ShouldBe(IndicatorStatus.Groen);
        Given(new OpgaveFormulated(ProgrammeId, "Geweld stoppen", "Nieuwe ambitie", "Minder geweld", "Wet", "Regio", Noon(D(2020, 5, 2))));
        var lapsed = On(D(2020, 5, 2), Rec);
        lapsed.Status.ShouldBe(IndicatorStatus.Oranje);
        lapsed.Evidence.Count(e => e.Kind == EvidenceKind.Negative).ShouldBe(10);
        foreach (var partner in Facts.PartnersJoined)
            Given(new OpgaveEndorsed(ProgrammeId, partner.PartnerId, D(2020, 6, 1), Noon(D(2020, 6, 1))));
        StatusOn(D(2020, 6, 1), Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void within_the_start_window_a_partial_start_is_not_yet_assessable()
    {
        TenPartners(endorsing: 5);
        StatusOn(AfterStartWindow.PlusDays(-1), Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
    }

    [Fact]
    public void a_partner_that_left_no_longer_counts()
    {
        TenPartners(endorsing: 9);
        var late = Partner("Laatkomer", D(2020, 2, 1));
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.NogNietTeBeoordelen);
        Given(new PartnerLeft(ProgrammeId, late, D(2020, 3, 1), "Andere prioriteiten", Noon(D(2020, 3, 1))));
        StatusOn(AfterStartWindow, Rec).ShouldBe(IndicatorStatus.Groen);
    }
}
