using Governance.Domain.Programmes;
using Governance.Host.Access;
using Governance.Host.Reflection;
using Governance.Host.Web;
using Governance.Projections.Reflection;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Governance.Host.Pages.Reflectie;

/// <summary>
/// The reflection planner of a procesbegeleider: their sessions across their programmes — the query of
/// GET /api/reflection-sessions?facilitator=&lt;their name&gt;, which already keeps to the programmes they are a member of.
/// </summary>
[RequiresSignIn]
public sealed class IndexModel(IQuerySession session) : PageModel
{
    public IReadOnlyList<(ReflectionSessionView Session, string? ProgrammeName)> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var name = User.Identity?.Name ?? "";
        var answer = await GetReflectionSessions.ForFacilitator(name, null, null, session, HttpContext);
        var views = PageCommands.ValueOf<IReadOnlyList<ReflectionSessionView>>(answer) ?? [];
        var programmes = await session.LoadManyAsync<Programme>(ct, views.Select(v => v.ProgrammeId).Distinct());
        var names = programmes.ToDictionary(p => p.Id, p => p.Name);
        Sessions = views.Select(v => (v, (string?)names.GetValueOrDefault(v.ProgrammeId, "—"))).ToList();
        return Page();
    }
}
