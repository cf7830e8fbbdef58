using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Governance.Host.Access;
using Microsoft.AspNetCore.Diagnostics;

namespace Governance.Host.Web;

/// <summary>
/// The web pages for people (Razor Pages under Pages/): server-rendered, in Dutch, working without JavaScript, styled
/// with the NL Design System community components and the theme of the deployment (<see cref="WebOptions"/>).
/// </summary>
public static class WebSetup
{
    public static WebApplicationBuilder AddGovernanceWeb(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<Theme>();
        // Sign-in and the error page say [AllowAnonymous]; every other page falls under the fallback policy (sign-in
        // required) or its own [RequiresRight].
        builder.Services.AddRazorPages().AddMvcOptions(o =>
        {
            // MVC's jQuery-style key parsing ("a[b]" → "a.b") throws on a form or query key with an unbalanced
            // bracket, which made any such POST a 500 (found by the reliability suite). Our forms never use that
            // style; the standard providers still bind "Items[0].Name".
            o.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            o.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
            o.Filters.Add<ControlCharactersInPageForms>();
        });
        // Dutch as it is written: the default encoder writes every ë, é, € and — as a numeric entity, which makes a
        // page of Dutch sentences markedly larger (the portfolio of 200 programmes most of all). The characters that
        // mean something in HTML (<, >, &, quotes) are still encoded.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "governance-antiforgery";
            o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        return builder;
    }

    /// <summary>
    /// Before sign-in and rights: static files (stylesheets) are public, and pages (not /api) answer an error status
    /// with an HTML page of their own instead of problem details.
    /// </summary>
    public static WebApplication UseGovernanceWeb(this WebApplication app)
    {
        app.Services.GetRequiredService<Theme>(); // fail at start-up on an unknown theme, not on the first page
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file => file.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });
        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        // The API keeps its problem details (the host's own status code pages, further out): switch this one off there.
        app.Use((context, next) =>
        {
            if (!IsPage(context) && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages) statusCodePages.Enabled = false;
            return next(context);
        });
        return app;
    }

    public static WebApplication MapGovernanceWeb(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }

    /// <summary>Requests people make with a browser: everything but the API, the OpenAPI document and /health.</summary>
    public static bool IsPage(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api")
        && !context.Request.Path.StartsWithSegments("/openapi")
        && !context.Request.Path.StartsWithSegments("/health");
}
