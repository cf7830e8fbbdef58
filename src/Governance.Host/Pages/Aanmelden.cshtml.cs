using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Governance.Host.Access;
using Governance.Projections.Directory;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Governance.Host.Pages;

/// <summary>
/// Sign-in. With OpenID Connect configured: a button to the organisation's identity provider. In development and
/// tests (Authentication:DevelopmentSignIn): choose a demo person from the directory.
/// </summary>
[AllowAnonymous]
public sealed class AanmeldenModel(AccessOptions access, IQuerySession session) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool OpenIdConnect => access.OpenIdConnect.Enabled;
    public bool DevelopmentSignIn => access.DevelopmentSignIn;
    public IReadOnlyList<DirectoryPerson> People { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadPeople(ct);

    /// <summary>The demo sign-in: development and tests only (the host refuses it in Production).</summary>
    public async Task<IActionResult> OnPostAsync(Guid personId, CancellationToken ct)
    {
        if (!access.DevelopmentSignIn) return NotFound();
        var person = await session.LoadAsync<DirectoryPerson>(personId, ct);
        if (person is not { Active: true })
        {
            Error = "Deze persoon staat niet (meer) in het register. Kies een persoon uit de lijst.";
            await LoadPeople(ct);
            return Page();
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(GovernanceClaims.For(person), CookieAuthenticationDefaults.AuthenticationScheme));
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return LocalRedirect(SafeReturnUrl());
    }

    /// <summary>A link, not a form: the strict CSP (form-action 'self') would block a form's redirect to the provider.</summary>
    public IActionResult OnGetOidc() =>
        access.OpenIdConnect.Enabled
            ? Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl() }, OpenIdConnectDefaults.AuthenticationScheme)
            : NotFound();

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    private async Task LoadPeople(CancellationToken ct)
    {
        if (!access.DevelopmentSignIn) return;
        var people = (await session.Query<DirectoryPerson>().ToListAsync(ct)).Where(p => p.Active);
        People = people.OrderBy(p => p.Name, StringComparer.Create(Web.Dutch.Culture, ignoreCase: true)).ToList();
    }
}
