using System.Text.Json;
using Alba;

namespace Governance.Host.Tests.Infrastructure;

public class the_host_describes_itself(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task health_reports_the_database_healthy()
    {
        var result = await Host.Scenario(s => s.Get.Url("/health"));
        (await result.ReadAsTextAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task the_openapi_document_lists_the_programme_and_decision_endpoints()
    {
        var doc = await Host.GetAsJson<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        paths.TryGetProperty("/api/programmes", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/programmes/{programmeId}/decisions", out var decisions).ShouldBeTrue();
        decisions.GetProperty("post").GetProperty("responses").TryGetProperty("400", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task the_interactive_api_reference_is_served()
    {
        var result = await Host.Scenario(s => s.Get.Url("/api/reference/"));
        (await result.ReadAsTextAsync()).ShouldContain("openapi/v1.json");
    }
}
