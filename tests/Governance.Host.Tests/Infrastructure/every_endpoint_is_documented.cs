using System.Text.Json;
using Alba;
using Governance.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Host.Tests.Infrastructure;

/// <summary>
/// Walks every API endpoint the host serves (its endpoint data source) and the OpenAPI document side by side: an
/// endpoint that is missing from the document, has no success schema, or lacks the problem answers its protection
/// implies, fails this test by name.
/// </summary>
public class every_endpoint_is_documented(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task every_api_endpoint_has_its_success_schema_and_its_problem_responses()
    {
        var document = await Host.GetAsJson<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Path: "/" + e.RoutePattern.RawText!.TrimStart('/')))
            .Where(e => e.Path.StartsWith("/api/") && !e.Path.StartsWith("/api/reference"))
            .ToList();
        endpoints.Count.ShouldBeGreaterThan(60);

        var failures = new List<string>();
        foreach (var (endpoint, path) in endpoints)
        foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
        {
            var name = $"{method} {path}";
            if (!paths.TryGetProperty(path, out var item) || !item.TryGetProperty(method.ToLowerInvariant(), out var operation))
            {
                failures.Add($"{name}: not in the OpenAPI document");
                continue;
            }
            var responses = operation.GetProperty("responses").EnumerateObject().ToDictionary(r => r.Name, r => r.Value);
            var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
            if (success.Count == 0) failures.Add($"{name}: no 2xx response");
            // A command may answer success without a body (204, or an empty 200); every read answers with a schema.
            foreach (var (status, response) in success.Where(r => method == "GET" && r.Key is not "204"))
                if (!HasSchema(response)) failures.Add($"{name}: {status} without a schema");

            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var right = endpoint.Metadata.GetMetadata<RequiresRightAttribute>() is not null;
            var required = new List<string>();
            if (!anonymous) required.Add("401");
            if (right) required.AddRange(["403", "404"]);
            if (method is "POST" or "PUT" or "PATCH") required.Add("400");
            foreach (var status in required)
                if (!responses.ContainsKey(status)) failures.Add($"{name}: no {status} response");
            foreach (var (status, response) in responses.Where(r => r.Key.StartsWith('4')))
                if (!HasSchema(response)) failures.Add($"{name}: {status} without a problem schema");
        }
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    private static bool HasSchema(JsonElement response) =>
        response.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _));
}
