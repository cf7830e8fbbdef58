namespace Governance.Host.Access;

/// <summary>The "Authentication" configuration section (docs/rights.md "Sign-in and rights").</summary>
public sealed class AccessOptions
{
    public const string Section = "Authentication";

    /// <summary>
    /// "Choose a demo person" sign-in and the <c>X-Demo-Person</c> header. For development and tests only: the host
    /// refuses to start in Production with it on.
    /// </summary>
    public bool DevelopmentSignIn { get; set; }

    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();

    /// <summary>Created at start-up when no administrator exists yet, so a fresh installation can be managed.</summary>
    public BootstrapAdministrator? BootstrapAdministrator { get; set; }
}

public sealed class OpenIdConnectSettings
{
    /// <summary>The provider's issuer address; OpenID Connect sign-in is on when this is set.</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string[] Scopes { get; set; } = ["openid", "profile", "email"];
    /// <summary>The claim that holds the person's email; a person is found in the directory by it.</summary>
    public string EmailClaim { get; set; } = "email";
    public string CallbackPath { get; set; } = "/signin-oidc";
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}

public sealed class BootstrapAdministrator
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string Organisation { get; set; } = "";
}
