using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alba;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Host.Tests.Infrastructure;

/// <summary>
/// Walks the request bodies of every write the host maps: each text field whose limit the OpenAPI document states
/// (<c>maxLength</c>) is refused one character over it with a 400 naming the field; a text field without a stated
/// limit is not refused as too long even far over the longest limit — so the document and the checks cannot part.
/// </summary>
public class every_text_limit_is_documented_and_enforced(AppFixture app) : HostTest(app)
{
    private const string TooLong = "maximaal";

    [Fact]
    public async Task every_documented_maxLength_is_enforced_naming_the_field_and_no_undocumented_limit_is()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var bodyId = await Host.EstablishBody(programmeId);
        var tensionId = await Host.RaiseTension(programmeId);
        var memberId = await Host.AddTeamMember(programmeId);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        var utrecht = await Host.AddPartner(programmeId, Samples.Partner("Gemeente Utrecht", "ketenpartner"));
        ActAs(People.Opdrachtgever);
        var mandateId = (await (await Host.PostJson($"/api/programmes/{programmeId}/mandates", new
        {
            holderId = utrecht, grantedByPartnerId = vws, scope = "Regionale inzet", aspects = new[] { "financieel" }, validFrom = "2018-06-01",
        }, 201)).Read<CreatedId>()).Id;
        ActAs(People.Facilitator);
        var scheduled = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-03-20T14:00"));
        var held = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session("2026-03-10T14:00"));
        // A gezamenlijke sessie with a second programme of the same opdrachtgever, for the joint routes.
        var sameOpdrachtgever = await App.RegisterProgramme(People);
        await Host.AddPartner(sameOpdrachtgever);
        ActAs(People.Facilitator);
        var joint = ReflectionSamples.Session("2026-03-10T14:00");
        joint["programmeIds"] = new[] { programmeId, sameOpdrachtgever };
        var jointSessionId = await Host.Create("/api/joint-reflection-sessions", joint);
        App.Clock.Advance(NodaTime.Duration.FromDays(10));
        await Host.PostCommand($"/api/programmes/{programmeId}/reflection-sessions/{held}/held", new
        {
            attendees = new[] { "Petra Procesbegeleider" }, attendingPersonIds = new[] { People.Facilitator },
            questionsAddressed = new[] { "samenLeren" }, outcomes = "Lessen",
        }, 204);
        var spokesperson = await App.SpeakFor(People, programmeId, vws);
        Guid[] actors = [People.Director, People.Opdrachtgever, People.Facilitator, spokesperson, People.Administrator];

        var document = await Host.GetAsJson<JsonElement>("/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var writes = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Any(m => m is "POST" or "PUT") == true)
            .Select(e => (Route: "/" + e.RoutePattern.RawText!.TrimStart('/'), Method: e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.First(m => m is "POST" or "PUT"),
                Body: e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType))
            .Where(e => e.Route.StartsWith("/api/") && e.Body is not null && e.Body.Assembly.GetName().Name!.StartsWith("Governance"))
            .Distinct()
            .ToList();
        writes.Count.ShouldBeGreaterThan(30);

        var failures = new List<string>();
        var checkedLimits = 0;
        foreach (var (route, method, bodyType) in writes)
        {
            var texts = bodyType!.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string))
                .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
            if (texts.Count == 0) continue;
            var stated = schemas.TryGetProperty(bodyType.Name, out var schema) && schema.TryGetProperty("properties", out var properties)
                ? texts.Where(t => properties.TryGetProperty(t, out var p) && p.TryGetProperty("maxLength", out _))
                    .ToDictionary(t => t, t => properties.GetProperty(t).GetProperty("maxLength").GetInt32())
                : [];
            // One character over the stated limit, or far over the longest limit where none is stated.
            var body = texts.ToDictionary(t => t, t => (object?)new string('x', stated.TryGetValue(t, out var max) ? max + 1 : 10 * Governance.Domain.Common.TextLimits.Long));

            var url = Regex.Replace(route
                .Replace("{programmeId}", programmeId.ToString()).Replace("{bodyId}", bodyId.ToString())
                .Replace("{tensionId}", tensionId.ToString()).Replace("{memberId}", memberId.ToString())
                .Replace("{decisionId}", decisionId.ToString()).Replace("{partnerId}", vws.ToString())
                .Replace("{personId}", People.Reader.ToString()).Replace("{mandateId}", mandateId.ToString())
                .Replace("{jointSessionId}", jointSessionId.ToString())
                .Replace("{sessionId}", route.Contains("/lessons") || route.Contains("/actions") || route.Contains("/discussed") ? held.ToString() : scheduled.ToString()),
                "{[^}]+}", Guid.NewGuid().ToString());

            IScenarioResult? answer = null;
            foreach (var actor in actors)
            {
                ActAs(actor);
                answer = await Host.Scenario(s =>
                {
                    if (method == "PUT") s.Put.Json(body, JsonStyle.MinimalApi).ToUrl(url);
                    else s.Post.Json(body, JsonStyle.MinimalApi).ToUrl(url);
                    s.IgnoreStatusCode();
                });
                if (answer.Context.Response.StatusCode is not (403 or 404) || !answer.Context.Response.ContentType!.Contains("json")) break;
            }
            var status = answer!.Context.Response.StatusCode;
            var errors = status == 400 && (await answer.ReadJson()).TryGetProperty("errors", out var e) ? e : default;
            foreach (var text in texts)
            {
                var namedTooLong = errors.ValueKind == JsonValueKind.Object && errors.TryGetProperty(text, out var messages)
                                   && messages.EnumerateArray().Any(m => m.GetString()!.Contains(TooLong));
                if (stated.ContainsKey(text))
                {
                    checkedLimits++;
                    if (!namedTooLong) failures.Add($"{method} {route} {text}: maxLength {stated[text]} is stated but {stated[text] + 1} characters got {status} without naming it");
                }
                else if (namedTooLong)
                    failures.Add($"{method} {route} {text}: refused as too long, but the OpenAPI document states no maxLength");
            }
        }
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        checkedLimits.ShouldBeGreaterThanOrEqualTo(OpenApiTextLimits.Limits.Values.Sum(l => l.Count));
    }
}
