using Governance.Host.Access;
using Governance.Host.Notifications;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages;

/// <summary>The signed-in person's inbox: the same items and the same "read" rule as /api/me/inbox.</summary>
[RequiresSignIn]
public sealed class MeldingenModel(IDocumentSession session, IClock clock) : PageModel
{
    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "ongelezen")]
    public bool UnreadOnly { get; set; }

    public async Task OnGetAsync() => Items = await InboxEndpoints.Get(UnreadOnly ? true : null, HttpContext, session);

    public async Task<IActionResult> OnPostGelezenAsync(Guid id)
    {
        var result = await InboxEndpoints.MarkRead(id, HttpContext, session, clock);
        return result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status404NotFound } ? NotFound() : RedirectToPage(new { ongelezen = UnreadOnly });
    }
}
