using Governance.Domain.Directory;
using Governance.Domain.Partners;
using static Governance.Host.Demo.DemoScript;

namespace Governance.Host.Demo;

/// <summary>
/// The organisations and sign-in people of the demo. The organisations are real (004, lines given); every person is
/// invented — real people named in the sources appear only as historical facts in texts, never as an account.
/// All emails are on the invented domain <see cref="Domain"/>.
/// </summary>
public static class DemoPeople
{
    public const string Domain = "demo.governance.test";

    // Organisations in the directory (people belong to one).
    public static readonly Guid Beheer = DemoIds.Of("org/beheer");          // invented: the application's own administration
    public static readonly Guid Vws = DemoIds.Of("org/vws");                // source: 004 l. 613 (opdrachtgever GHNT)
    public static readonly Guid Jenv = DemoIds.Of("org/jenv");              // source: 004 l. 613 (opdrachtgever GHNT)
    public static readonly Guid Vng = DemoIds.Of("org/vng");                // source: 004 l. 613 (opdrachtgever GHNT)
    public static readonly Guid VeiligThuis = DemoIds.Of("org/lnvt");       // source: 004 l. 613–621
    public static readonly Guid GgzNederland = DemoIds.Of("org/ggznl");     // source: 004 l. 613–621 (GGZ NL)
    public static readonly Guid Bzk = DemoIds.Of("org/bzk");                // invented: the text says "twee" ministers for NP RES (004 l. 5378), not which
    public static readonly Guid UnieVanWaterschappen = DemoIds.Of("org/uvw"); // source: 004 l. 5382–5384 (office of NP RES)
    public static readonly Guid Procesbegeleiding = DemoIds.Of("org/procesbegeleiding"); // invented: an independent process facilitator's firm
    public static readonly Guid Spiegelgroep = DemoIds.Of("org/spiegelgroep");  // source: 004 l. 709–711 (spiegelgroep ervaringsdeskundigheid)
    public static readonly Guid GrenzeloosSamenwerken = DemoIds.Of("org/grenzeloos"); // source: 004 l. 105–107 (Rijksbreed programma)

    // People (all invented names). One per role where it makes sense.
    public static readonly Guid Administrator = DemoIds.Of("person/beheerder");
    public static readonly Guid OpdrachtgeverVws = DemoIds.Of("person/opdrachtgever-vws");
    public static readonly Guid OpdrachtgeverJenv = DemoIds.Of("person/opdrachtgever-jenv");
    public static readonly Guid DirecteurGhnt = DemoIds.Of("person/directeur-ghnt");
    public static readonly Guid DirecteurWvggz = DemoIds.Of("person/directeur-wvggz");
    public static readonly Guid DirecteurNpRes = DemoIds.Of("person/directeur-npres");
    public static readonly Guid Procesbegeleider = DemoIds.Of("person/procesbegeleider");
    public static readonly Guid PartnerVeiligThuis = DemoIds.Of("person/partner-veiligthuis");
    public static readonly Guid PartnerVng = DemoIds.Of("person/partner-vng");
    public static readonly Guid PartnerGgz = DemoIds.Of("person/partner-ggz");
    public static readonly Guid OpdrachtgeverBzk = DemoIds.Of("person/opdrachtgever-bzk");
    public static readonly Guid Ervaringsdeskundige = DemoIds.Of("person/ervaringsdeskundige");
    public static readonly Guid Meelezer = DemoIds.Of("person/meelezer");

    /// <summary>Who signs in as whom: id, name, email, organisation id, administrator, and what they do in the demo.</summary>
    public static readonly IReadOnlyList<(Guid Id, string Name, string Email, Guid Organisation, bool Admin, string Role)> People =
    [
        (Administrator, "Bram Beheerder", $"beheer@{Domain}", Beheer, true, "beheerder (alle programma's)"),
        (OpdrachtgeverVws, "Olga Opdracht", $"olga.opdracht@{Domain}", Vws, false, "opdrachtgever VWS (GHNT, Wvggz, Samen Thuis in de Wijk)"),
        (OpdrachtgeverJenv, "Jasper Justus", $"jasper.justus@{Domain}", Jenv, false, "opdrachtgever JenV (Wvggz, na de inwerkingtreding)"),
        (DirecteurGhnt, "Dana Directeur", $"dana.directeur@{Domain}", Vws, false, "programmadirecteur GHNT en Samen Thuis in de Wijk"),
        (DirecteurWvggz, "Wim Waarnemer", $"wim.waarnemer@{Domain}", Vws, false, "programmadirecteur Wvggz (waarnemend na het vertrek van de directeur in 2020)"),
        (DirecteurNpRes, "Roos Regio", $"roos.regio@{Domain}", UnieVanWaterschappen, false, "programmadirecteur NP RES"),
        (Procesbegeleider, "Pim Proces", $"pim.proces@{Domain}", Procesbegeleiding, false, "procesbegeleider (GHNT, NP RES, Samen Thuis in de Wijk)"),
        (PartnerVeiligThuis, "Vera Veilig", $"vera.veilig@{Domain}", VeiligThuis, false, "partner namens Landelijk Netwerk Veilig Thuis (GHNT)"),
        (PartnerVng, "Gerrit Gemeente", $"gerrit.gemeente@{Domain}", Vng, false, "partner namens VNG (GHNT, NP RES, Samen Thuis in de Wijk)"),
        (PartnerGgz, "Gea Geest", $"gea.geest@{Domain}", GgzNederland, false, "partner namens GGZ Nederland (Wvggz)"),
        (OpdrachtgeverBzk, "Bas Binnenland", $"bas.binnenland@{Domain}", Bzk, false, "opdrachtgever BZK (NP RES)"),
        (Ervaringsdeskundige, "Eva Ervaring", $"eva.ervaring@{Domain}", Spiegelgroep, false, "ervaringsdeskundige (GHNT)"),
        (Meelezer, "Mees Meelezer", $"mees.meelezer@{Domain}", GrenzeloosSamenwerken, false, "meelezer (alle vier de programma's)"),
    ];

    /// <summary>A demo person as events name them.</summary>
    public static Governance.Domain.Common.PersonRef Ref(Guid personId) => new(personId, People.Single(p => p.Id == personId).Name);

    /// <summary>Organisations and people are registered by the demo administrator early in 2016, before the first programme.</summary>
    public static void Register(DemoScript s)
    {
        // invented: the moment; the directory simply has to exist before the first programme (Wvggz, 2016).
        s.On(D(2016, 6, 1), by: Administrator, hour: 9);
        s.Organisation(Beheer, new RegisterOrganisation("Functioneel beheer (demo)", Bestuurslaag.Rijk));
        s.Organisation(Vws, new RegisterOrganisation("Ministerie van VWS", Bestuurslaag.Rijk));
        s.Organisation(Jenv, new RegisterOrganisation("Ministerie van JenV", Bestuurslaag.Rijk));
        s.Organisation(Vng, new RegisterOrganisation("VNG", Bestuurslaag.Koepel));
        s.Organisation(VeiligThuis, new RegisterOrganisation("Landelijk Netwerk Veilig Thuis", Bestuurslaag.MaatschappelijkeOrganisatie));
        s.Organisation(GgzNederland, new RegisterOrganisation("GGZ Nederland", Bestuurslaag.MaatschappelijkeOrganisatie));
        s.Organisation(Bzk, new RegisterOrganisation("Ministerie van BZK", Bestuurslaag.Rijk));
        s.Organisation(UnieVanWaterschappen, new RegisterOrganisation("Unie van Waterschappen", Bestuurslaag.Koepel));
        s.Organisation(Procesbegeleiding, new RegisterOrganisation("Bureau Samenspraak (fictief)", Bestuurslaag.MaatschappelijkeOrganisatie));
        s.Organisation(Spiegelgroep, new RegisterOrganisation("Spiegelgroep ervaringsdeskundigheid", Bestuurslaag.MaatschappelijkeOrganisatie));
        s.Organisation(GrenzeloosSamenwerken, new RegisterOrganisation("Programma Grenzeloos Samenwerken", Bestuurslaag.Rijk));
        // The administrator registers itself first (as the bootstrap administrator would), then everyone else.
        foreach (var p in People)
            s.Person(p.Id, new RegisterPerson(p.Name, p.Email, p.Organisation, p.Admin));
    }

    /// <summary>Name and organisation name per person, to stamp who did each step.</summary>
    public static IReadOnlyDictionary<Guid, (string Name, string Organisation)> Names()
    {
        var organisations = new Dictionary<Guid, string>
        {
            [Beheer] = "Functioneel beheer (demo)", [Vws] = "Ministerie van VWS", [Jenv] = "Ministerie van JenV", [Vng] = "VNG",
            [VeiligThuis] = "Landelijk Netwerk Veilig Thuis", [GgzNederland] = "GGZ Nederland", [Bzk] = "Ministerie van BZK",
            [UnieVanWaterschappen] = "Unie van Waterschappen", [Procesbegeleiding] = "Bureau Samenspraak (fictief)",
            [Spiegelgroep] = "Spiegelgroep ervaringsdeskundigheid", [GrenzeloosSamenwerken] = "Programma Grenzeloos Samenwerken",
        };
        return People.ToDictionary(p => p.Id, p => (p.Name, organisations[p.Organisation]));
    }
}
