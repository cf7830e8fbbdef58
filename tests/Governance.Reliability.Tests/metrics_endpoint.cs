using System.Net;
using System.Net.Http.Headers;

namespace Governance.Reliability.Tests;

/// <summary>Monitoring: the Prometheus scrape endpoint shows the host's real request metrics, to the scraper only.</summary>
public sealed class metrics_endpoint
{
    [Fact]
    public async Task the_scrape_endpoint_answers_the_scraper_with_the_requests_the_host_served_and_nobody_else()
    {
        var store = await EventStore.Fresh("rel_metrics");
        await using var host = HostProcess.Start("node-m", store.ConnectionString, store.Schema);
        await host.WaitUntilHealthy();
        using var client = GovernanceApi.Client(host.BaseAddress);
        for (var i = 0; i < 3; i++) (await client.GetAsync("health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("api/portfolio")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var anonymous = await client.GetAsync("metrics");
        (await anonymous.Content.ReadAsStringAsync()).ShouldNotContain("http_server_request_duration_seconds");

        using var scrape = new HttpRequestMessage(HttpMethod.Get, "metrics");
        scrape.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HostProcess.ScrapeToken);
        var response = await client.SendAsync(scrape);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();

        // The HTTP server's request histogram, per route and status, with at least the requests made above.
        var health = Count(text, "http_route=\"/health\"", "http_response_status_code=\"200\"");
        health.ShouldBeGreaterThanOrEqualTo(3);
        Count(text, "http_route=\"/api/portfolio\"", "http_response_status_code=\"401\"").ShouldBeGreaterThanOrEqualTo(1);
        // The runtime and the database driver report too.
        text.ShouldContain("dotnet_gc_collections");
        text.ShouldContain("db_client_connection");
    }

    /// <summary>The value of the request-count series that carries all the given labels.</summary>
    private static long Count(string exposition, params string[] labels) =>
        exposition.Split('\n')
            .Where(line => line.StartsWith("http_server_request_duration_seconds_count{") && labels.All(line.Contains))
            .Select(line => (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture))
            .Sum();
}
