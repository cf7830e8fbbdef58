using Alba;
using Governance.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Governance.Host.Tests.Access;

public class the_host_is_hardened(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task answers_carry_a_content_security_policy_and_forbid_framing_and_sniffing()
    {
        var result = await Host.Scenario(s => s.Get.Url("/health"));
        var headers = result.Context.Response.Headers;

        headers.ContentSecurityPolicy.ToString().ShouldContain("frame-ancestors 'none'");
        headers.ContentSecurityPolicy.ToString().ShouldContain("default-src 'self'");
        headers.XFrameOptions.ToString().ShouldBe("DENY");
        headers.XContentTypeOptions.ToString().ShouldBe("nosniff");
    }

    [Fact]
    public async Task nobody_signed_in_gets_401_problem_details_from_the_api()
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/api/me");
            s.StatusCodeShouldBe(401);
        });
        (await result.ReadJson()).GetProperty("title").GetString().ShouldBe("Niet aangemeld.");
    }

    [Fact]
    public async Task an_unknown_demo_person_is_not_signed_in()
    {
        App.ActingAs = Guid.NewGuid();
        await Host.Scenario(s =>
        {
            s.Get.Url("/api/me");
            s.StatusCodeShouldBe(401);
        });
    }

    [Fact]
    public async Task the_host_refuses_to_start_in_production_with_the_development_sign_in_on()
    {
        var connectionString = await TestDatabase.ConnectionStringFor("governance_host_tests");

        var failure = await Should.ThrowAsync<Exception>(async () =>
        {
            await using var host = await AlbaHost.For<Program>(builder =>
            {
                builder.UseEnvironment("Production");
                builder.UseSetting("ConnectionStrings:Governance", connectionString);
                builder.UseSetting("Authentication:DevelopmentSignIn", "true");
            });
        });

        failure.ToString().ShouldContain("DevelopmentSignIn is on in Production");
    }

    [Fact]
    public async Task me_tells_a_person_their_programmes_and_rights()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Facilitator);

        var me = await Host.GetAsJson<System.Text.Json.JsonElement>("/api/me");

        me.GetProperty("name").GetString().ShouldBe("Petra Procesbegeleider");
        var membership = me.GetProperty("programmes").EnumerateArray().ShouldHaveSingleItem();
        membership.GetProperty("programmeId").GetGuid().ShouldBe(programmeId);
        membership.GetProperty("role").GetString().ShouldBe("procesbegeleider");
        membership.GetProperty("rights").EnumerateArray().Select(r => r.GetString()).ShouldContain("planReflection");
    }
}
