using System.Security.Claims;
using Governance.Domain.Access;
using Governance.Projections.Directory;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Host.Access;

public static class AccessSetup
{
    private const string SelectScheme = "Governance";

    /// <summary>
    /// Sign-in and rights. Every request ends up with our own claims (<see cref="GovernanceClaims"/>): through the
    /// cookie set after an OpenID Connect sign-in (production) or the development sign-in, or through the
    /// <c>X-Demo-Person</c> header (development and tests only).
    /// </summary>
    public static WebApplicationBuilder AddGovernanceAccess(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions();
        if (builder.Environment.IsProduction() && options.DevelopmentSignIn)
            throw new InvalidOperationException(
                "Authentication:DevelopmentSignIn is on in Production. The demo sign-in lets anyone act as anyone: configure OpenID Connect (Authentication:OpenIdConnect) and turn it off.");
        builder.Services.AddSingleton(options);

        var authentication = builder.Services.AddAuthentication(SelectScheme)
            .AddPolicyScheme(SelectScheme, "Cookie of demopersoon", o => o.ForwardDefaultSelector = http =>
                options.DevelopmentSignIn && http.Request.Headers.ContainsKey(DemoPersonAuthentication.Header)
                    ? DemoPersonAuthentication.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "governance";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                // Secure everywhere but a developer's plain-http loopback.
                o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                o.LoginPath = "/aanmelden";
                o.AccessDeniedPath = "/geen-toegang";
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                if (options.OpenIdConnect.Enabled) o.ForwardChallenge = OpenIdConnectDefaults.AuthenticationScheme;
                // A cookie outlives a change in the register: a deactivated person loses access at their next request.
                o.Events.OnValidatePrincipal = async context =>
                {
                    var session = context.HttpContext.RequestServices.GetRequiredService<IQuerySession>();
                    var person = context.Principal?.PersonIdOf() is { } id ? await session.LoadAsync<DirectoryPerson>(id, context.HttpContext.RequestAborted) : null;
                    if (person is not { Active: true })
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
            });

        if (options.DevelopmentSignIn)
            authentication.AddScheme<AuthenticationSchemeOptions, DemoPersonAuthentication>(DemoPersonAuthentication.SchemeName, null);

        if (options.OpenIdConnect.Enabled)
            authentication.AddOpenIdConnect(o => ConfigureOpenIdConnect(o, options.OpenIdConnect));

        builder.Services.AddSingleton<AdministratorBootstrap>();
        builder.Services.AddHostedService<AdministratorBootstrapService>();
        builder.Services.AddSingleton<IAuthorizationHandler, ProgrammeRightHandler>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AccessResults>();
        builder.Services.AddAuthorization(o =>
        {
            foreach (var right in Enum.GetValues<Right>())
                o.AddPolicy(RequiresRightAttribute.PolicyName(right), p => p.RequireAuthenticatedUser().AddRequirements(new RightRequirement(right)));
            o.AddPolicy(RequiresAdministratorAttribute.PolicyName, p => p.RequireAuthenticatedUser().RequireClaim(GovernanceClaims.Administrator, "true"));
            o.AddPolicy(RequiresSignInAttribute.PolicyName, p => p.RequireAuthenticatedUser().RequireClaim(GovernanceClaims.PersonId));
            // Anything not explicitly opened up needs a signed-in person: a forgotten attribute fails closed.
            o.FallbackPolicy = o.GetPolicy(RequiresSignInAttribute.PolicyName);
        });
        return builder;
    }

    private static void ConfigureOpenIdConnect(OpenIdConnectOptions o, OpenIdConnectSettings settings)
    {
        o.Authority = settings.Authority;
        o.ClientId = settings.ClientId;
        o.ClientSecret = settings.ClientSecret;
        o.ResponseType = "code";
        o.UsePkce = true;
        o.CallbackPath = settings.CallbackPath;
        o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        o.SaveTokens = false;
        o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        o.Scope.Clear();
        foreach (var scope in settings.Scopes) o.Scope.Add(scope);
        o.Events.OnTokenValidated = async context =>
        {
            // The provider says who signed in; our directory says who that is here. No directory entry, no access.
            var email = context.Principal?.FindFirstValue(settings.EmailClaim);
            var session = context.HttpContext.RequestServices.GetRequiredService<IQuerySession>();
            var normalised = email is null ? null : Governance.Domain.Directory.RegisterPerson.Normalise(email);
            var person = normalised is null ? null
                : await session.Query<DirectoryPerson>().FirstOrDefaultAsync(p => p.Email == normalised, context.HttpContext.RequestAborted);
            if (person is not { Active: true })
            {
                context.Fail("Deze persoon staat niet in het register van deze toepassing. Vraag de beheerder om u toe te voegen.");
                return;
            }
            context.Principal = new ClaimsPrincipal(new ClaimsIdentity(GovernanceClaims.For(person), CookieAuthenticationDefaults.AuthenticationScheme));
        };
    }

    public static WebApplication UseGovernanceAccess(this WebApplication app)
    {
        app.Use(SecurityHeaders);
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>No framing, no sniffing, no referrer leaks; scripts and styles only from this application.</summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        // The interactive API reference runs an inline bootstrap script; every other page gets the strict policy.
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/reference")
            ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'"
            : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        return next();
    }
}
