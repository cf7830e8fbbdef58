using System.Text;
using Alba;

namespace Governance.Host.Tests.Infrastructure;

/// <summary>Problems the framework writes itself (no route, a wrong method, a body that is not JSON) carry a Dutch title too.</summary>
public class framework_problems_speak_dutch(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task an_unknown_route_a_wrong_method_and_a_body_that_is_not_json_get_dutch_problem_titles()
    {
        var programmeId = await App.RegisterProgramme(People);

        var unknown = await Host.Scenario(s => { s.Get.Url("/api/bestaat-niet"); s.StatusCodeShouldBe(404); });
        (await unknown.ReadJson()).GetProperty("title").GetString().ShouldBe("Niet gevonden.");

        var wrongMethod = await Host.Scenario(s => { s.Delete.Url($"/api/programmes/{programmeId}/decisions"); s.StatusCodeShouldBe(405); });
        (await wrongMethod.ReadJson()).GetProperty("title").GetString().ShouldBe("Deze methode kan hier niet.");

        var notJson = await Host.Scenario(s =>
        {
            s.Post.Text("title=Besluit").ToUrl($"/api/programmes/{programmeId}/decisions");
            s.StatusCodeShouldBe(415);
        });
        (await notJson.ReadJson()).GetProperty("title").GetString().ShouldBe("De inhoud moet JSON zijn (Content-Type: application/json).");
    }
}
