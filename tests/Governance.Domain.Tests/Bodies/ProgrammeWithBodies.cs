using Governance.Domain.Bodies;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Tests.Bodies;

/// <summary>A programme with an opdrachtgever, an opdrachtnemer, a partner that left, and one body with one member.</summary>
public static class ProgrammeWithBodies
{
    public static readonly Instant Now = Instant.FromUtc(2019, 3, 12, 14, 30);
    public static readonly Instant Earlier = Instant.FromUtc(2018, 4, 1, 8, 0);
    public static readonly Guid ProgrammeId = Guid.NewGuid();
    public static readonly Guid Vws = Guid.NewGuid();
    public static readonly Guid Vng = Guid.NewGuid();
    public static readonly Guid Director = Guid.NewGuid();
    public static readonly Guid Gone = Guid.NewGuid();
    public static readonly Guid Ogo = Guid.NewGuid();

    public static readonly object[] History =
    [
        new ProgrammeRegistered(ProgrammeId, "Geweld hoort nergens thuis", "Geweld eerder stoppen", "Ministerie van VWS",
            new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), Earlier),
        new PartnerJoined(ProgrammeId, Vws, "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2018, 4, 1), Earlier),
        new PartnerJoined(ProgrammeId, Vng, "VNG", Bestuurslaag.Koepel, PartnerRole.StaandeOrganisatie, new LocalDate(2018, 4, 1), Earlier),
        new PartnerJoined(ProgrammeId, Director, "Programmadirectie GHNT", Bestuurslaag.Rijk, PartnerRole.Opdrachtnemer, new LocalDate(2018, 4, 1), Earlier),
        new PartnerJoined(ProgrammeId, Gone, "Taskforce Kindermishandeling", Bestuurslaag.MaatschappelijkeOrganisatie, PartnerRole.Ketenpartner, new LocalDate(2018, 4, 1), Earlier),
        new PartnerLeft(ProgrammeId, Gone, new LocalDate(2018, 6, 1), "Gestopt", Earlier),
        new GovernanceBodyEstablished(ProgrammeId, Ogo, "Opdrachtgeversoverleg", BodyKind.Opdrachtgeversberaad, "Sturing",
            6, [DoorzettingsAspect.Beleidsmatig, DoorzettingsAspect.Financieel], Earlier),
        new BodyMemberAdded(ProgrammeId, Ogo, Vws, Earlier),
    ];

    public static readonly ProgrammeEnded Ended = new(ProgrammeId, new LocalDate(2019, 1, 1), "Afgerond", Earlier);

    public static Programme Given(params object[] more) => Programme.From(History.Concat(more));
}
