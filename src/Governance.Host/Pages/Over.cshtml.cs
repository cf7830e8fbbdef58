using Governance.Host.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Governance.Host.Pages;

/// <summary>
/// The footer's pages about this installation — toegankelijkheidsverklaring, privacy, contact — with the texts of the
/// deployment settings (WebOptions) or their defaults. Open to everyone: they matter most before signing in.
/// </summary>
[AllowAnonymous]
public sealed class OverModel(WebOptions options) : PageModel
{
    public FooterLink About { get; private set; } = null!;

    public IActionResult OnGet(string onderwerp)
    {
        var page = options.FooterPages().FirstOrDefault(p => p.Slug == onderwerp);
        if (page is null) return NotFound();
        About = page;
        return Page();
    }
}
