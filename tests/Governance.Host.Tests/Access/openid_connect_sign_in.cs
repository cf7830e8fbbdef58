using Alba;
using Governance.Testing;
using JasperFx;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Governance.Host.Tests.Access;

/// <summary>
/// Production sign-in against an identity provider: a real HTTP server on loopback plays the provider's discovery
/// document, and the host — in Production, with the development sign-in off — sends people there.
/// </summary>
public sealed class openid_connect_sign_in : IAsyncLifetime
{
    private WebApplication _provider = null!;
    private IAlbaHost _host = null!;
    private string _authority = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _provider = builder.Build();
        _provider.MapGet("/.well-known/openid-configuration", (HttpContext http) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = _authority,
            ["authorization_endpoint"] = $"{_authority}/authorize",
            ["token_endpoint"] = $"{_authority}/token",
            ["jwks_uri"] = $"{_authority}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _provider.MapGet("/jwks", () => Results.Json(new { keys = Array.Empty<object>() }));
        await _provider.StartAsync();
        _authority = _provider.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // A database of its own: this host runs beside the shared test host, in parallel.
        var connectionString = await TestDatabase.ConnectionStringFor("governance_host_oidc_tests");
        JasperFxEnvironment.AutoStartHost = true;
        _host = await AlbaHost.For<Program>(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("ConnectionStrings:Governance", connectionString);
            b.UseSetting("Authentication:DevelopmentSignIn", "false");
            b.UseSetting("Authentication:OpenIdConnect:Authority", _authority);
            b.UseSetting("Authentication:OpenIdConnect:ClientId", "programmagovernance");
            b.UseSetting("Authentication:OpenIdConnect:ClientSecret", "geheim-in-de-test");
            b.UseSetting("Authentication:OpenIdConnect:RequireHttpsMetadata", "false");
            b.UseSetting("Notifications:SweepSeconds", "0");
            b.ConfigureServices(s =>
            {
                s.RunWolverineInSoloMode();
                s.DisableAllExternalWolverineTransports();
            });
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task the_sign_in_sends_a_person_to_the_provider_with_the_client_scopes_and_pkce()
    {
        var result = await _host.Scenario(s =>
        {
            s.Get.Url("/aanmelden?handler=Oidc");
            s.StatusCodeShouldBe(302);
        });

        var location = new Uri(result.Context.Response.Headers.Location.ToString());
        location.GetLeftPart(UriPartial.Path).ShouldBe($"{_authority}/authorize");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        query["client_id"].ToString().ShouldBe("programmagovernance");
        query["response_type"].ToString().ShouldBe("code");
        query["scope"].ToString().Split(' ').ShouldBe(["openid", "profile", "email"], ignoreOrder: true);
        query["redirect_uri"].ToString().ShouldEndWith("/signin-oidc");
        query.ContainsKey("code_challenge").ShouldBeTrue();
    }

    [Fact]
    public async Task a_page_sends_an_unknown_visitor_to_the_provider_and_the_api_answers_401()
    {
        var page = await _host.Scenario(s =>
        {
            s.Get.Url("/");
            s.StatusCodeShouldBe(302);
        });
        page.Context.Response.Headers.Location.ToString().ShouldStartWith($"{_authority}/authorize");

        await _host.Scenario(s =>
        {
            s.Get.Url("/api/me");
            s.StatusCodeShouldBe(401);
        });
    }

    [Fact]
    public async Task the_demo_person_header_signs_nobody_in()
    {
        await _host.Scenario(s =>
        {
            s.Get.Url("/api/me");
            s.WithRequestHeader("X-Demo-Person", Guid.NewGuid().ToString());
            s.StatusCodeShouldBe(401);
        });
    }
}
