using System.Text.Json;
using Alba;
using Governance.Domain.Access;
using Governance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Host.Tests.Access;

/// <summary>
/// Every API endpoint × every role × member and non-member → the status the rights table says. Generated from the
/// endpoints the host actually maps and from <see cref="Rights.Table"/>, so a new endpoint is checked as soon as it
/// exists, and one that declares no right fails here.
/// </summary>
public class the_authorisation_matrix(AppFixture app) : HostTest(app)
{
    private sealed record ApiEndpoint(string Method, string Route, Right? Right, bool Administrator, bool SignIn);

    private IReadOnlyList<ApiEndpoint> Endpoints()
    {
        var endpoints = new List<ApiEndpoint>();
        foreach (var endpoint in Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (!route.StartsWith("/api/") || route.StartsWith("/api/reference")) continue;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var right = endpoint.Metadata.GetMetadata<RequiresRightAttribute>()?.Right;
            var administrator = endpoint.Metadata.GetMetadata<RequiresAdministratorAttribute>() is not null;
            var signIn = endpoint.Metadata.GetMetadata<RequiresSignInAttribute>() is not null
                || endpoint.Metadata.GetMetadata<RequiresFeedTokenAttribute>() is not null; // the feed token stands in for the sign-in
            endpoints.AddRange(methods.Select(m => new ApiEndpoint(m, route, right, administrator, signIn)));
        }
        return endpoints;
    }

    [Fact]
    public void every_api_endpoint_declares_the_right_it_needs()
    {
        var endpoints = Endpoints();
        endpoints.Count.ShouldBeGreaterThan(5);
        var undeclared = endpoints.Where(e => e.Right is null && !e.Administrator && !e.SignIn).Select(e => $"{e.Method} {e.Route}");
        undeclared.ShouldBeEmpty("these endpoints declare no [RequiresRight], [RequiresAdministrator] or [RequiresSignIn]");
        endpoints.Where(e => e.Right is not null).ShouldAllBe(e => e.Route.Contains("{programmeId}"),
            "a programme right can only be checked with the programme in the route");
    }

    [Fact]
    public async Task every_programme_endpoint_answers_each_role_and_outsider_as_the_rights_table_says()
    {
        var programmeId = await App.RegisterProgramme(People);
        var gemeente = await Host.AddPartner(programmeId, Samples.Partner("Gemeente Utrecht", "ketenpartner"));
        ActAs(People.Administrator);
        await App.Assign(programmeId, People.PartnerPerson, "partner", gemeente);

        var personFor = new Dictionary<MemberRole, Guid>
        {
            [MemberRole.Opdrachtgever] = People.Opdrachtgever,
            [MemberRole.Programmadirecteur] = People.Director,
            [MemberRole.Gedelegeerde] = People.Delegate,
            [MemberRole.Procesbegeleider] = People.Facilitator,
            [MemberRole.Partner] = People.PartnerPerson,
            [MemberRole.Ervaringsdeskundige] = People.LivedExperience,
            [MemberRole.Meelezer] = People.Reader,
        };
        personFor.Keys.Order().ShouldBe(Enum.GetValues<MemberRole>().Order(), "every role has a person in this test");

        var failures = new List<string>();
        foreach (var endpoint in Endpoints().Where(e => e.Right is not null))
        {
            var url = Url(endpoint.Route.Replace("{partnerId}", gemeente.ToString()), programmeId);
            foreach (var (role, person) in personFor)
            {
                var (status, title) = await Send(endpoint.Method, url, person);
                var allowed = Rights.Allows(role, endpoint.Right!.Value);
                var ok = allowed
                    ? status is not (401 or 403) && title != "Programma niet gevonden."
                    : status == 403;
                if (!ok) failures.Add($"{endpoint.Method} {endpoint.Route} as {role}: {status} {title} (allowed: {allowed})");
            }

            var outsider = await Send(endpoint.Method, url, People.Outsider);
            if (outsider is not (404, "Programma niet gevonden."))
                failures.Add($"{endpoint.Method} {endpoint.Route} as outsider: {outsider.Status} {outsider.Title}");

            var anonymous = await Send(endpoint.Method, url, null);
            if (anonymous.Status != 401) failures.Add($"{endpoint.Method} {endpoint.Route} anonymous: {anonymous.Status}");
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task administrator_endpoints_are_for_administrators_only()
    {
        foreach (var endpoint in Endpoints().Where(e => e.Administrator))
        {
            (await Send(endpoint.Method, endpoint.Route, People.Administrator)).Status.ShouldNotBeOneOf([401, 403]);
            (await Send(endpoint.Method, endpoint.Route, People.Opdrachtgever)).Status.ShouldBe(403, $"{endpoint.Method} {endpoint.Route}");
            (await Send(endpoint.Method, endpoint.Route, null)).Status.ShouldBe(401, $"{endpoint.Method} {endpoint.Route}");
        }
    }

    [Fact]
    public async Task a_partner_records_for_its_own_organisation_only()
    {
        var programmeId = await App.RegisterProgramme(People);
        var gemeente = await Host.AddPartner(programmeId, Samples.Partner("Gemeente Utrecht", "ketenpartner"));
        var vws = await Host.AddPartner(programmeId);
        ActAs(People.Administrator);
        await App.Assign(programmeId, People.PartnerPerson, "partner", gemeente);
        ActAs(People.PartnerPerson);
        var interest = new { interest = "Minder geweld in de stad", contribution = "Wijkteams" };

        await Host.PostJson($"/api/programmes/{programmeId}/partners/{gemeente}/interest", interest, 200);
        var other = await Host.PostJson($"/api/programmes/{programmeId}/partners/{vws}/interest", interest, 403);

        (await other.ReadJson()).GetProperty("title").GetString().ShouldBe("Geen toegang.");
    }

    [Fact]
    public async Task an_administrator_manages_membership_but_reads_no_programme_content()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Administrator);

        await Host.Scenario(s => { s.Get.Url($"/api/programmes/{programmeId}/members"); s.StatusCodeShouldBe(404); });
        await Host.Scenario(s => { s.Get.Url($"/api/programmes/{programmeId}"); s.StatusCodeShouldBe(404); });
        await App.Assign(programmeId, People.Outsider, "meelezer");
    }

    [Fact]
    public async Task a_director_of_one_programme_cannot_reach_another_by_its_id()
    {
        var mine = await App.RegisterProgramme(People);
        ActAs(People.Administrator);
        var other = await Host.Create("/api/programmes", Samples.Programme());
        ActAs(People.Director);

        await Host.Scenario(s => { s.Get.Url($"/api/programmes/{mine}"); s.StatusCodeShouldBe(200); });
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(Samples.Partner("Gemeente Utrecht", "ketenpartner"), JsonStyle.MinimalApi).ToUrl($"/api/programmes/{other}/partners");
            s.StatusCodeShouldBe(404);
        });
        (await result.ReadJson()).GetProperty("title").GetString().ShouldBe("Programma niet gevonden.");
        var list = await Host.GetAsJson<JsonElement>("/api/programmes");
        list.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([mine]);
    }

    private static string Url(string route, Guid programmeId)
    {
        var url = route.Replace("{programmeId}", programmeId.ToString());
        // Other ids in the route are unknown on purpose: an allowed person then gets a 404 naming that thing, not
        // the programme, and the request changes nothing.
        return System.Text.RegularExpressions.Regex.Replace(url, "{[^}]+}", _ => Guid.NewGuid().ToString());
    }

    private async Task<(int Status, string? Title)> Send(string method, string url, Guid? person)
    {
        App.ActingAs = person;
        var result = await Host.Scenario(s =>
        {
            switch (method)
            {
                case "GET": s.Get.Url(url); break;
                case "DELETE": s.Delete.Url(url); break;
                case "PUT": s.Put.Json(new { }, JsonStyle.MinimalApi).ToUrl(url); break;
                default: s.Post.Json(new { }, JsonStyle.MinimalApi).ToUrl(url); break;
            }
            s.IgnoreStatusCode();
        });
        var status = result.Context.Response.StatusCode;
        var body = await result.ReadAsTextAsync();
        string? title = null;
        if (body.StartsWith('{'))
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("title", out var t)) title = t.GetString();
        }
        return (status, title);
    }
}
