using Governance.Host.Access;
using Governance.Host.Reflection.Joint;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Governance.Host.Pages.Reflectie.Gezamenlijk;

/// <summary>The agenda of a gezamenlijke sessie on one printable page — the reader's own programmes' items only.</summary>
[RequiresSignIn]
public sealed class AgendaModel(IQuerySession session) : PageModel
{
    public JointReflectionSessionView Joint { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid jointSessionId, CancellationToken ct)
    {
        var joint = await JointPage.Load(HttpContext, session, jointSessionId, ct);
        if (joint is null) return NotFound();
        Joint = joint;
        return Page();
    }
}
