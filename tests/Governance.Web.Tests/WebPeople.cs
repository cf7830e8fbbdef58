namespace Governance.Web.Tests;

/// <summary>
/// The people of the browser tests, registered by the administrator through the API: one per role and an outsider, and
/// a person of a partner organisation (made a member, acting for a partner, by the tests that need one).
/// </summary>
public sealed record WebPeople(
    Guid Administrator,
    Guid Opdrachtgever,
    Guid Director,
    Guid Facilitator,
    Guid Reader,
    Guid Outsider,
    Guid PartnerPerson)
{
    public const string AdministratorEmail = "beheer@governance.test";
    public const string AdministratorName = "Bea Beheer";
    public const string AdministratorOrganisation = "Functioneel beheer";

    public const string OpdrachtgeverName = "Olga Opdrachtgever";
    public const string DirectorName = "Dirk Directeur";
    public const string FacilitatorName = "Petra Procesbegeleider";
    public const string ReaderName = "Mila Meelezer";
    public const string OutsiderName = "Bart Buitenstaander";
    public const string PartnerPersonName = "Gijs Gemeente";

    public static async Task<WebPeople> Create(WebApp app)
    {
        var admin = await app.AdministratorId();
        var vws = await app.Create(admin, "/api/organisations", new { name = "Ministerie van VWS", layer = "rijk" });
        var team = await app.Create(admin, "/api/organisations", new { name = "Programmateam GHNT", layer = "rijk" });
        var advies = await app.Create(admin, "/api/organisations", new { name = "Bureau Procesbegeleiding", layer = "maatschappelijkeOrganisatie" });
        var gemeente = await app.Create(admin, "/api/organisations", new { name = "Gemeente Utrecht", layer = "gemeente" });

        Task<Guid> Person(string name, string email, Guid organisationId) =>
            app.Create(admin, "/api/people", new { name, email, organisationId });

        return new WebPeople(
            admin,
            await Person(OpdrachtgeverName, "olga@vws.test", vws),
            await Person(DirectorName, "dirk@ghnt.test", team),
            await Person(FacilitatorName, "petra@advies.test", advies),
            await Person(ReaderName, "mila@vws.test", vws),
            await Person(OutsiderName, "bart@elders.test", gemeente),
            await Person(PartnerPersonName, "gijs@utrecht.test", gemeente));
    }

    /// <summary>Registers a programme (as the administrator) with every role assigned; returns its id. A null planned end is "onbekend".</summary>
    public async Task<Guid> RegisterProgramme(WebApp app, string name, string startDate = "2020-01-01", string? plannedEndDate = "2022-12-31")
    {
        var programmeId = await app.Create(Administrator, "/api/programmes", new
        {
            name,
            opgave = "Huiselijk geweld en kindermishandeling eerder stoppen en duurzaam oplossen",
            opdrachtgeverOrganisation = "Ministerie van VWS",
            startDate,
            plannedEndDate,
        });
        foreach (var (person, role) in new[] { (Opdrachtgever, "opdrachtgever"), (Director, "programmadirecteur"), (Facilitator, "procesbegeleider"), (Reader, "meelezer") })
            await app.Post(Administrator, $"/api/programmes/{programmeId}/members", new { personId = person, role });
        return programmeId;
    }
}
