using NodaTime;

namespace Governance.Web.Tests;

/// <summary>
/// A programme with a past, made through the API with the clock set back: registered in January 2020 with a planned
/// end of 31 December 2020, partners, a body, an open tension, a decision to review on 15 July 2020 and a
/// reflection session on 15 August 2020; in uitvoering from March; a borging plan only in
/// September 2020.
/// </summary>
public sealed record History(Guid ProgrammeId, string Name)
{
    public static async Task<History> Create(WebApp app, string name)
    {
        var people = app.People;
        app.Clock.Reset(Instant.FromUtc(2020, 1, 10, 9, 0));
        var programmeId = await people.RegisterProgramme(app, name, "2020-01-01", "2020-12-31");
        var url = $"/api/programmes/{programmeId}";
        var vws = await app.Create(people.Director, $"{url}/partners",
            new { organisationName = "Ministerie van VWS", layer = "rijk", role = "opdrachtgever", joinedOn = "2020-01-02" });
        await app.Create(people.Director, $"{url}/partners",
            new { organisationName = "Gemeente Utrecht", layer = "gemeente", role = "ketenpartner", joinedOn = "2020-01-05" });
        await app.Create(people.Director, $"{url}/bodies",
            new { name = "Opdrachtgeversoverleg", kind = "opdrachtgeversberaad", purpose = "Gezamenlijke sturing", meetingsPerYear = 6, aspects = new[] { "beleidsmatig", "financieel" } });
        await app.Create(people.Director, $"{url}/tensions",
            new { subject = "Subsidieregeling", description = "De regels botsen met wat de regio nodig heeft", raisedBy = "Programmadirecteur", raisedOn = "2020-01-10" });

        await app.Create(people.Director, $"{url}/decisions", new
        {
            title = "Focus op de aanpak in de regio",
            context = "De aanpak moet in de regio landen.",
            chosenOption = "Regionale projectleiders",
            rationale = "Dicht bij de uitvoering",
            decidedBy = new { partnerId = vws },
            decidedOn = "2020-01-10",
            reviewOn = "2020-07-15",
        });
        await app.Create(people.Facilitator, $"{url}/reflection-sessions", new
        {
            title = "Reflectie zomer",
            startsAt = "2020-08-15T14:00",
            lengthMinutes = 120,
            location = "Stadhuis Utrecht, zaal 3",
            facilitator = "Anna de Vries",
            invitees = new[] { "Ministerie van VWS" },
        });

        app.Clock.Reset(Instant.FromUtc(2020, 3, 1, 9, 0));
        await app.Post(people.Director, $"{url}/phase", new { phase = "uitvoering", on = "2020-03-01" });

        app.Clock.Reset(Instant.FromUtc(2020, 9, 1, 9, 0));
        await app.Post(people.Opdrachtgever, $"{url}/borging-plan", new { items = new[] { new { subject = "Regionale aanpak", ownerPartnerId = vws } } });

        app.Clock.Reset(WebApp.Start);
        return new History(programmeId, name);
    }
}
