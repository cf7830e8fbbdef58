using Governance.Domain.Bodies;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Tests;

/// <summary>A small GHNT programme to start domain tests from: an opdrachtgever, an opdrachtnemer and a gemeente.</summary>
public static class Ghnt
{
    public static readonly Instant Earlier = Instant.FromUtc(2018, 4, 1, 8, 0);
    public static readonly Instant Now = Instant.FromUtc(2019, 3, 12, 14, 30);
    public static readonly Guid ProgrammeId = Guid.NewGuid();
    public static readonly Guid Vws = Guid.NewGuid();
    public static readonly Guid Programmadirectie = Guid.NewGuid();
    public static readonly Guid Utrecht = Guid.NewGuid();
    public static readonly Guid Stuurgroep = Guid.NewGuid();
    public static readonly LocalDate Start = new(2018, 4, 1);
    public static readonly LocalDate PlannedEnd = new(2021, 12, 31);

    public static readonly object[] History =
    [
        new ProgrammeRegistered(ProgrammeId, "Geweld hoort nergens thuis", "Geweld eerder stoppen", "Ministerie van VWS", Start, PlannedEnd, Earlier),
        new PartnerJoined(ProgrammeId, Vws, "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, Start, Earlier),
        new PartnerJoined(ProgrammeId, Programmadirectie, "Programmadirectie GHNT", Bestuurslaag.Rijk, PartnerRole.Opdrachtnemer, Start, Earlier),
        new PartnerJoined(ProgrammeId, Utrecht, "Gemeente Utrecht", Bestuurslaag.Gemeente, PartnerRole.StaandeOrganisatie, Start, Earlier),
        new GovernanceBodyEstablished(ProgrammeId, Stuurgroep, "Stuurgroep GHNT", BodyKind.Stuurgroep, "Sturing", 4,
            [DoorzettingsAspect.Beleidsmatig], Earlier),
    ];

    public static Programme Given(params object[] more) => Programme.From(History.Concat(more));

    public static OpgaveFormulated Opgave() => new(ProgrammeId, "Geweld eerder stoppen", "Duurzaam oplossen",
        "Minder huiselijk geweld", "Bestaande wetgeving", "Regionale aanpak", Earlier);

    public static ProgrammeEnded Ended() => new(ProgrammeId, new LocalDate(2022, 12, 31), "Afgerond", Earlier);
}
