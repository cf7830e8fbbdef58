using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Projections.Reflection;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Governance.Host.Pages.Reflectie;

/// <summary>The agenda of a session on one printable page (the print stylesheet drops header, footer and links).</summary>
[RequiresRight(Right.ReadProgramme)]
public sealed class AgendaModel(IQuerySession session) : PageModel
{
    public string ProgrammeName { get; private set; } = "";
    public ReflectionSessionView Session { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        var loaded = await ReflectionPage.Load(HttpContext, session, programmeId, sessionId, ct);
        if (loaded is null) return NotFound();
        (ProgrammeName, Session) = loaded.Value;
        return Page();
    }
}
