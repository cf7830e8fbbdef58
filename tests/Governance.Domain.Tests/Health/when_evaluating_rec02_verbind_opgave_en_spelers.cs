using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;

namespace Governance.Domain.Tests.Health;

public class when_evaluating_rec02_verbind_opgave_en_spelers : HealthSpec
{
    private const Recommendation Rec = Recommendation.VerbindOpgaveEnSpelers;

    /// <summary>Ten partners, all with interest recorded, of which <paramref name="endorsing"/> endorse the opgave; the first is the opdrachtgever.</summary>
    private List<Guid> TenPartners(int endorsing, bool opgave = true)
    {
        if (opgave)
            Given(new OpgaveFormulated(ProgrammeId, "Geweld stoppen", "Cirkel doorbreken", "Minder geweld", "Wet", "Regio", Noon(D(2020, 1, 10))));
        var partners = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var partner = Partner($"Partner {i}", D(2020, 1, 2), role: i == 0 ? PartnerRole.Opdrachtgever : PartnerRole.Ketenpartner);
            partners.Add(partner);
            Given(new PartnerInterestRecorded(ProgrammeId, partner, "Belang", "Bijdrage", Noon(D(2020, 1, 3))));
            if (i < endorsing) Given(new OpgaveEndorsed(ProgrammeId, partner, D(2020, 1, 20), Noon(D(2020, 1, 20))));
        }
        return partners;
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
        lapsed.Reason.ShouldContain("op 2 mei 2020 opnieuw geformuleerd");
        lapsed.Evidence.ShouldContain(e => e.Text == "Partner 3 onderschreef de opgave op 20 januari 2020, vóór de herformulering van 2 mei 2020.");
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

    [Fact]
    public void an_endorsement_dated_before_the_reformulation_but_entered_after_it_has_lapsed_too()
    {
        var partners = TenPartners(endorsing: 9);
        Given(new OpgaveFormulated(ProgrammeId, "Geweld stoppen", "Nieuwe ambitie", "Minder geweld", "Wet", "Regio", Noon(D(2020, 5, 2))));
        foreach (var partner in partners.Take(9))
            Given(new OpgaveEndorsed(ProgrammeId, partner, D(2020, 5, 10), Noon(D(2020, 5, 10))));
        StatusOn(D(2020, 5, 10), Rec).ShouldBe(IndicatorStatus.Groen);
        // Partner 9 endorsed on 1 May, before the reformulation, and that is entered only on 12 May.
        Given(new OpgaveEndorsed(ProgrammeId, partners[9], D(2020, 5, 1), Noon(D(2020, 5, 12))));
        On(D(2020, 5, 12), Rec).Evidence.ShouldContain(e => e.Kind == EvidenceKind.Negative && e.Text.Contains("Partner 9 onderschreef de opgave op 1 mei 2020, vóór de herformulering"));
    }

    [Fact]
    public void a_withdrawn_endorsement_no_longer_counts_and_keeps_it_from_green_until_endorsed_again()
    {
        var partners = TenPartners(endorsing: 10);
        StatusOn(D(2020, 5, 1), Rec).ShouldBe(IndicatorStatus.Groen);
        Given(new OpgaveEndorsementWithdrawn(ProgrammeId, partners[4], D(2020, 5, 4), "Nieuw bestuur wil eerst herijken", Noon(D(2020, 5, 5))));
        var withdrawn = On(D(2020, 5, 5), Rec);
        withdrawn.Status.ShouldBe(IndicatorStatus.Oranje);
        withdrawn.Reason.ShouldStartWith("Partner 4 trok op 4 mei 2020 de onderschrijving in (Nieuw bestuur wil eerst herijken)");
        withdrawn.Reason.ShouldContain("onderschreven door 90%");
        withdrawn.Evidence.ShouldContain(e => e.Kind == EvidenceKind.Negative && e.Date == D(2020, 5, 4));
        StatusOn(D(2020, 5, 4), Rec).ShouldBe(IndicatorStatus.Groen, "as of the day before it was recorded, the endorsement still counted");

        Given(new OpgaveEndorsed(ProgrammeId, partners[4], D(2020, 6, 1), Noon(D(2020, 6, 1))));
        StatusOn(D(2020, 6, 1), Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void an_open_dissent_of_a_partner_keeps_it_from_green_and_resolving_it_returns_it()
    {
        var partners = TenPartners(endorsing: 10);
        Given(new OpgaveDissentRecorded(ProgrammeId, partners[3], D(2020, 5, 1), "De ambitie is te landelijk", Noon(D(2020, 5, 1))));
        var open = On(D(2020, 5, 1), Rec);
        open.Status.ShouldBe(IndicatorStatus.Oranje);
        open.Reason.ShouldStartWith("Partner 3 deelt de opgave niet (sinds 1 mei 2020: De ambitie is te landelijk)");
        StatusOn(D(2021, 5, 1), Rec).ShouldBe(IndicatorStatus.Oranje, "a dissent does not turn rood by waiting: the partner is still at the table");

        Given(new OpgaveDissentResolved(ProgrammeId, partners[3], D(2021, 5, 3), "Ambitie aangescherpt met de regio", Noon(D(2021, 5, 3))));
        // Resolved is not endorsed: nine of ten endorse, which is still groen.
        StatusOn(D(2021, 5, 3), Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void endorsing_again_ends_an_open_dissent()
    {
        var partners = TenPartners(endorsing: 10);
        Given(new OpgaveDissentRecorded(ProgrammeId, partners[3], D(2020, 5, 1), "Te landelijk", Noon(D(2020, 5, 1))));
        Given(new OpgaveEndorsed(ProgrammeId, partners[3], D(2020, 6, 1), Noon(D(2020, 6, 1))));
        StatusOn(D(2020, 6, 1), Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void dissent_of_the_opdrachtgever_or_a_financier_is_red()
    {
        var partners = TenPartners(endorsing: 10);
        Given(new OpgaveDissentRecorded(ProgrammeId, partners[0], D(2020, 5, 1), "Geen landelijke opgave meer", Noon(D(2020, 5, 1))));
        var owner = On(D(2020, 5, 1), Rec);
        owner.Status.ShouldBe(IndicatorStatus.Rood);
        owner.Reason.ShouldStartWith("Een opdrachtgever of financier deelt de opgave niet: Partner 0 deelt de opgave niet");

        Given(new OpgaveDissentResolved(ProgrammeId, partners[0], D(2020, 5, 8), "Opgave herbevestigd", Noon(D(2020, 5, 8))));
        StatusOn(D(2020, 5, 8), Rec).ShouldBe(IndicatorStatus.Groen);
        Funding(D(2022, 12, 31), by: partners[5], on: D(2020, 5, 9));
        Given(new OpgaveEndorsementWithdrawn(ProgrammeId, partners[5], D(2020, 5, 10), "Betaalt mee, maar deelt de ambitie niet meer", Noon(D(2020, 5, 10))));
        StatusOn(D(2020, 5, 10), Rec).ShouldBe(IndicatorStatus.Rood);
    }

    [Fact]
    public void dissent_of_many_partners_is_red_below_the_share_that_still_shares_it()
    {
        var partners = TenPartners(endorsing: 10);
        foreach (var partner in partners.Skip(1).Take(4))
            Given(new OpgaveDissentRecorded(ProgrammeId, partner, D(2020, 5, 1), "Te landelijk", Noon(D(2020, 5, 1))));
        StatusOn(D(2020, 5, 1), Rec).ShouldBe(IndicatorStatus.Oranje, "six of ten still share it: not below 60%");
        Given(new OpgaveDissentRecorded(ProgrammeId, partners[5], D(2020, 5, 2), "Te landelijk", Noon(D(2020, 5, 2))));
        var many = On(D(2020, 5, 2), Rec);
        many.Status.ShouldBe(IndicatorStatus.Rood);
        many.Reason.ShouldStartWith("Van 50% van de partners is vastgelegd dat zij de opgave niet (meer) delen");
    }
}
