using System.Text.RegularExpressions;
using Alba;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Governance.Host.Tests.Access;

/// <summary>
/// Confidential reflection notes reach the session's attendees and the opdrachtgevers, and appear in no other
/// answer of the API for anyone else: every GET endpoint the host maps is read as every other person.
/// </summary>
public class confidential_reflection_notes(AppFixture app) : HostTest(app)
{
    private const string Secret = "GEHEIM-7Q: de wethouder twijfelt aan de aanpak";

    [Fact]
    public async Task are_read_by_attendees_and_opdrachtgevers_and_appear_nowhere_else()
    {
        var programmeId = await App.RegisterProgramme(People);
        var gemeente = await Host.AddPartner(programmeId, Samples.Partner("Gemeente Utrecht", "ketenpartner"));
        ActAs(People.Administrator);
        await App.Assign(programmeId, People.PartnerPerson, "partner", gemeente);

        ActAs(People.Facilitator);
        var sessionId = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-03-10T14:00"));
        App.Clock.Advance(Duration.FromDays(10));
        await Host.PostCommand($"/api/programmes/{programmeId}/reflection-sessions/{sessionId}/held", new
        {
            attendees = new[] { "Gijs Gemeente", "Petra Procesbegeleider" },
            attendingPersonIds = new[] { People.PartnerPerson },
            questionsAddressed = new[] { "samenLeren" },
            outcomes = "We leren van de regio's",
            confidentialNotes = Secret,
        }, 204);

        var notesUrl = $"/api/programmes/{programmeId}/reflection-sessions/{sessionId}/confidential-notes";
        foreach (var reader in new[] { People.Opdrachtgever, People.PartnerPerson })
        {
            ActAs(reader);
            var result = await Host.Scenario(s => s.Get.Url(notesUrl));
            (await result.ReadAsTextAsync()).ShouldContain(Secret);
        }

        var others = new[] { People.Director, People.Delegate, People.Facilitator, People.LivedExperience, People.Reader, People.Outsider, People.Administrator };
        var getRoutes = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(r => r.StartsWith("/api/") && !r.StartsWith("/api/reference"))
            .ToList();
        getRoutes.Count.ShouldBeGreaterThan(10);

        foreach (var person in others)
        {
            ActAs(person);
            foreach (var route in getRoutes)
            {
                var url = Regex.Replace(route.Replace("{programmeId}", programmeId.ToString()).Replace("{sessionId}", sessionId.ToString()),
                    "{[^}]+}", _ => Guid.NewGuid().ToString());
                var result = await Host.Scenario(s => { s.Get.Url(url); s.IgnoreStatusCode(); });
                (await result.ReadAsTextAsync()).ShouldNotContain("GEHEIM-7Q", customMessage: $"{url} as {person}");
            }
            var notes = await Host.Scenario(s => { s.Get.Url(notesUrl); s.IgnoreStatusCode(); });
            notes.Context.Response.StatusCode.ShouldBe(person == People.Outsider || person == People.Administrator ? 404 : 403);
        }
    }
}
