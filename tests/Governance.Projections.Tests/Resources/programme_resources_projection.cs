using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;
using Governance.Projections.Resources;
using NodaTime;

namespace Governance.Projections.Tests.Resources;

[Collection(nameof(StoreCollection))]
public class programme_resources_projection(StoreFixture fixture)
{
    private static readonly Instant At = Instant.FromUtc(2018, 4, 1, 8, 0);

    [Fact]
    public async Task folds_funding_with_the_funded_until_date_and_the_team_with_current_fte()
    {
        var programmeId = Guid.NewGuid();
        var vws = Guid.NewGuid();
        var jenv = Guid.NewGuid();
        var director = Guid.NewGuid();
        var adviser = Guid.NewGuid();

        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(programmeId,
                new ProgrammeRegistered(programmeId, "GHNT", "Geweld stoppen", "Ministerie van VWS", new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), At),
                new PartnerJoined(programmeId, vws, "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2018, 4, 1), At),
                new PartnerJoined(programmeId, jenv, "Ministerie van JenV", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2018, 4, 1), At),
                new FundingCommitted(programmeId, Guid.NewGuid(), vws, 2_000_000m, new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), FundingKind.Tijdelijk, At),
                new FundingCommitted(programmeId, Guid.NewGuid(), jenv, 500_000m, new LocalDate(2019, 1, 1), new LocalDate(2020, 12, 31), FundingKind.Structureel, At),
                new TeamMemberJoined(programmeId, director, "Femke de Vries", "Programmadirecteur", ["veranderkundig"], 1.0m, At),
                new TeamMemberJoined(programmeId, adviser, "Ahmed Bakker", "Jurist", ["juridisch"], 0.5m, At),
                new TeamMemberLeft(programmeId, adviser, new LocalDate(2020, 1, 31), At));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var resources = (await query.LoadAsync<ProgrammeResources>(programmeId)).ShouldNotBeNull();
        resources.Funding.Select(f => f.CommittedBy).ShouldBe(["Ministerie van VWS", "Ministerie van JenV"]);
        resources.Funding[1].Kind.ShouldBe(FundingKind.Structureel);
        resources.FundedUntil.ShouldBe(new LocalDate(2021, 12, 31));
        resources.TotalCommittedEuro.ShouldBe(2_500_000m);
        resources.TeamMembers.Count.ShouldBe(2);
        resources.TeamMembers.Single(m => m.MemberId == adviser).LeftOn.ShouldBe(new LocalDate(2020, 1, 31));
        resources.TeamMembers.Single(m => m.MemberId == director).Competences.ShouldBe(["veranderkundig"]);
        resources.CurrentFte.ShouldBe(1.0m);
    }
}
