using Alba;
using Governance.Host.Programmes;

namespace Governance.Host.Tests;

/// <summary>
/// Something the API made with a 201: where it was posted, the <c>Location</c> it answered, the new id, the property
/// of the thing's read model that holds that id, and the name of that id in the GET route.
/// </summary>
public sealed record CreatedThing(string What, string PostedTo, string Location, Guid Id, string IdField, string RouteParameter)
{
    /// <summary>Whether the thing belongs to a programme (read by its members) or to the directory (read by administrators).</summary>
    public bool InProgramme => PostedTo.StartsWith("/api/programmes/");
}

/// <summary>
/// Creates in one programme one of everything the API answers 201 with a <c>Location</c> for (docs/api.md
/// "Location"), and an organisation and a person in the directory: for the tests that follow every Location and
/// that fill in the route ids of every GET.
/// </summary>
public static class OneOfEverything
{
    /// <summary>Made as the programme's director (funding and a mandate as its opdrachtgever, the directory as administrator); the requests after it are the director's.</summary>
    public static async Task<IReadOnlyList<CreatedThing>> Create(AppFixture app, People people, Guid programmeId)
    {
        var host = app.Host;
        var programme = $"/api/programmes/{programmeId}";
        var things = new List<CreatedThing>();
        async Task<CreatedThing> Post(string what, string url, object body, string idField, string routeParameter)
        {
            var answer = await host.PostTo(url, body, 201);
            var thing = new CreatedThing(what, url, answer.Context.Response.Headers.Location.ToString(), (await answer.Read<CreatedId>()).Id, idField, routeParameter);
            things.Add(thing);
            return thing;
        }

        app.ActingAs = people.Director;
        var vws = (await Post("partner", $"{programme}/partners", Samples.Partner(), "partnerId", "partnerId")).Id;
        var body = (await Post("governance body", $"{programme}/bodies", BodySamples.Body(), "bodyId", "bodyId")).Id;
        await Post("body member", $"{programme}/bodies/{body}/members", new { partnerId = vws }, "partnerId", "partnerId");
        await Post("meeting", $"{programme}/bodies/{body}/meetings", new
        {
            heldOn = "2019-03-11", attendingPartnerIds = new[] { vws },
            agenda = new[] { new { title = "Praktijkverhaal uit de regio", tag = "opgaveEnPraktijk" } },
        }, "meetingId", "meetingId");
        await Post("representative", $"{programme}/partners/{vws}/representatives", new { name = "Anna de Vries", function = "DG" }, "personId", "representativeId");
        await Post("learning goal", $"{programme}/partners/{vws}/learning-goals", new { goal = "Ketenaanpak leren" }, "goalId", "goalId");
        await Post("team member", $"{programme}/team-members", BodySamples.TeamMember(), "memberId", "memberId");
        await Post("means instrument", $"{programme}/instruments", new { name = "Subsidieregeling", kind = "subsidieregeling", establishedOn = "2019-01-10" },
            "instrumentId", "instrumentId");
        await Post("strain on the opdrachtnemer", $"{programme}/opdrachtnemer-strains",
            new { kind = "directorThreatenedToResign", description = "Dreigde op te stappen", on = "2019-02-01" }, "strainId", "strainId");
        await Post("lived-experience arrangement", $"{programme}/lived-experience-arrangements",
            new { name = "Spiegelgroep", perspective = "slachtoffers en plegers", establishedOn = "2019-03-01" }, "arrangementId", "arrangementId");
        await Post("tension", $"{programme}/tensions", BodySamples.Tension(), "tensionId", "tensionId");

        app.ActingAs = people.Opdrachtgever;
        await Post("funding commitment", $"{programme}/funding", BodySamples.Funding(vws), "fundingId", "fundingId");
        await Post("mandate", $"{programme}/mandates", new
        {
            holderId = body, grantedByPartnerId = vws, scope = "Regionale inzet", aspects = new[] { "financieel" }, validFrom = "2018-06-01",
        }, "mandateId", "mandateId");

        app.ActingAs = people.Administrator;
        var organisation = await Post("organisation", "/api/organisations", new { name = "Gemeente Zeist", layer = "gemeente" }, "id", "organisationId");
        await Post("person", "/api/people", new { name = "Ziggy Zeist", email = "ziggy@zeist.test", organisationId = organisation.Id }, "id", "personId");

        app.ActingAs = people.Director;
        return things;
    }

    /// <summary>The id to fill in for each route parameter (the last thing made wins).</summary>
    public static Dictionary<string, string> RouteIds(this IEnumerable<CreatedThing> things) =>
        things.GroupBy(t => t.RouteParameter).ToDictionary(g => g.Key, g => g.Last().Id.ToString());
}
