using System.Security.Claims;
using System.Text.Encodings.Web;
using Governance.Projections.Directory;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Governance.Host.Access;

/// <summary>
/// Development and tests only: the <c>X-Demo-Person: &lt;person id&gt;</c> header signs a request in as that
/// directory person, so API clients and tests can act as each role without an identity provider.
/// </summary>
public sealed class DemoPersonAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DemoPerson";
    public const string Header = "X-Demo-Person";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var value = Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(value)) return AuthenticateResult.NoResult();
        if (!Guid.TryParse(value, out var personId)) return AuthenticateResult.Fail("Onbekende demopersoon.");

        var session = Context.RequestServices.GetRequiredService<IQuerySession>();
        var person = await session.LoadAsync<DirectoryPerson>(personId, Context.RequestAborted);
        if (person is not { Active: true }) return AuthenticateResult.Fail("Onbekende demopersoon.");

        var identity = new ClaimsIdentity(GovernanceClaims.For(person), SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
