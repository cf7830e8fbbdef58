using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Governance.Host.Pages;

/// <summary>The page for an error status of any page (WebSetup re-executes here): what happened, in Dutch.</summary>
// A failed POST is re-executed here as a POST: it must render, not be refused again for its antiforgery token.
[IgnoreAntiforgeryToken]
[AllowAnonymous]
public sealed class FoutModel : PageModel
{
    private int _status;

    /// <summary>The status the handler was re-executed for; the response's own status when no handler ran (a POST
    /// whose form Razor Pages did not bind, such as one refused for a control character, is rendered without one).</summary>
    public int Status => _status != 0 ? _status : HttpContext.Response.StatusCode;

    public (string Title, string Text) Message => Status switch
    {
        404 => ("Pagina niet gevonden", "Deze pagina bestaat niet, of u heeft geen toegang tot het programma waar zij bij hoort."),
        403 => ("Geen toegang", "Uw rol in dit programma geeft geen recht op deze pagina."),
        400 when HttpContext.Items[Infrastructure.ControlCharacters.PageMessageItem] is string invalidText =>
            ("Verzoek niet begrepen", invalidText),
        400 => ("Verzoek niet begrepen", "Het verzoek kon niet worden verwerkt. Laad de pagina opnieuw en probeer het nog eens."),
        _ => ("Er ging iets mis", "Er ging iets mis. Probeer het later nog eens."),
    };

    /// <summary>
    /// After a page form refused for a control character: the form's own address, to go back to (the browser's
    /// "Vorige" keeps what was typed). Null for any other error.
    /// </summary>
    public string? BackToForm => Status == 400 && HttpContext.Items.ContainsKey(Infrastructure.ControlCharacters.PageMessageItem)
        && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } original
            ? original.OriginalPathBase + original.OriginalPath
            : null;

    public void OnGet(int status) => _status = status;

    public void OnPost(int status) => _status = status;
}
