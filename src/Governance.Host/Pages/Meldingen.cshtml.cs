using Governance.Host.Access;
using Governance.Host.Notifications;
using Governance.Host.Web;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages;

/// <summary>The signed-in person's inbox: the same items and the same "read" rule as /api/me/inbox.</summary>
[RequiresSignIn]
public sealed class MeldingenModel(IDocumentSession session, IClock clock) : PageModel
{
    /// <summary>The notifications on this page, newest first; the database counts and pages them.</summary>
    public PageOfRows<InboxItem> Items { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "ongelezen")]
    public bool UnreadOnly { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var mine = InboxEndpoints.Selection(User.PersonIdOf()!.Value, UnreadOnly, session);
        Items = await PageOfRows.ReadAsync<InboxItem>(await mine.CountAsync(ct), PageOfRows.Size, Request, "pagina", "meldingen", -1,
            async (skip, take) => (await mine.Skip(skip).Take(take).ToListAsync(ct)).Select(InboxEndpoints.ToItem).ToList());
    }

    /// <summary>Marks one as read and goes back to the page it was on (the same filter, the same page number).</summary>
    public async Task<IActionResult> OnPostGelezenAsync(Guid id, int? pagina)
    {
        var result = await InboxEndpoints.MarkRead(id, HttpContext, session, clock);
        return result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status404NotFound } ? NotFound()
            : RedirectToPage(new { ongelezen = UnreadOnly, pagina = pagina > 1 ? pagina : null });
    }
}
