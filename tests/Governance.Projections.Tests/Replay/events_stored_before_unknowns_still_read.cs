using System.Text;
using Governance.Domain.Bodies;
using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;
using NodaTime;

namespace Governance.Projections.Tests.Replay;

/// <summary>
/// Issue 17 §6 made the planned end, the funding amount and end, and the aspects nullable. Events already in a database
/// were written from the old, non-nullable shapes: written by the store's own serializer in that shape, they read
/// into today's types with the same values — nothing becomes "onbekend" by accident.
/// </summary>
[Collection(nameof(StoreCollection))]
public class events_stored_before_unknowns_still_read(StoreFixture fixture)
{
    private sealed record OldProgrammeRegistered(Guid ProgrammeId, string Name, string Opgave, string OpdrachtgeverOrganisation,
        LocalDate StartDate, LocalDate PlannedEndDate, Instant RecordedAt);
    private sealed record OldProgrammeExtended(Guid ProgrammeId, LocalDate PreviousPlannedEndDate, LocalDate NewPlannedEndDate, string Reason, Instant RecordedAt);
    private sealed record OldFundingCommitted(Guid ProgrammeId, Guid FundingId, Guid CommittedByPartnerId, decimal AmountEuro,
        LocalDate From, LocalDate Until, FundingKind Kind, Instant RecordedAt);
    private sealed record OldMandateGranted(Guid ProgrammeId, Guid MandateId, Guid HolderId, Guid GrantedByPartnerId, string Scope,
        IReadOnlyList<DoorzettingsAspect> Aspects, LocalDate ValidFrom, LocalDate? ValidUntil, Instant RecordedAt);
    private sealed record OldGovernanceBodyEstablished(Guid ProgrammeId, Guid BodyId, string Name, BodyKind Kind, string Purpose,
        int MeetingsPerYear, IReadOnlyList<DoorzettingsAspect> Aspects, Instant RecordedAt);

    private static readonly Instant At = Instant.FromUtc(2018, 4, 1, 8, 0);
    private static readonly LocalDate Start = new(2018, 4, 1), End = new(2021, 12, 31);

    private T Reread<T>(object old)
    {
        var serializer = fixture.Store.Options.Serializer();
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(serializer.ToJson(old)));
        return serializer.FromJson<T>(json);
    }

    [Fact]
    public void the_old_shapes_read_into_the_new_types_with_their_values()
    {
        var id = Guid.NewGuid();
        Reread<ProgrammeRegistered>(new OldProgrammeRegistered(id, "P", "O", "VWS", Start, End, At)).PlannedEndDate.ShouldBe(End);
        var extended = Reread<ProgrammeExtended>(new OldProgrammeExtended(id, End, End.PlusYears(1), "Verlengd", At));
        extended.PreviousPlannedEndDate.ShouldBe(End);
        extended.NewPlannedEndDate.ShouldBe(End.PlusYears(1));
        var funding = Reread<FundingCommitted>(new OldFundingCommitted(id, id, id, 2_500_000m, Start, End, FundingKind.Tijdelijk, At));
        funding.AmountEuro.ShouldBe(2_500_000m);
        funding.Until.ShouldBe(End);
        Reread<MandateGranted>(new OldMandateGranted(id, id, id, id, "S", [DoorzettingsAspect.Financieel], Start, null, At))
            .Aspects.ShouldBe([DoorzettingsAspect.Financieel]);
        // A body stored without aspects stays a body without doorzettingsmacht, not one whose aspects are unknown.
        Reread<GovernanceBodyEstablished>(new OldGovernanceBodyEstablished(id, id, "Klankbord", BodyKind.Klankbordgroep, "Meedenken", 4, [], At))
            .Aspects.ShouldBe([]);
        Reread<DecisionMaker>(new DecisionMaker(id, null, "Stuurgroep")).IsKnown().ShouldBeTrue();
    }
}
