using Governance.Host.Access;
using Governance.Host.Programmes;
using Governance.Projections.Programmes;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Governance.Host.Pages.Programmas;

/// <summary>The programmes the signed-in person is a member of (as GET /api/programmes).</summary>
[RequiresSignIn]
public sealed class IndexModel(IQuerySession session) : PageModel
{
    public IReadOnlyList<ProgrammeOverview> Programmes { get; private set; } = [];

    public async Task OnGetAsync() => Programmes = await GetProgramme.List(HttpContext, session);
}
