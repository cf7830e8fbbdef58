using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Reflection;
using Governance.Host.Web;
using Governance.Projections.Reflection;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Governance.Projections.Programmes;

namespace Governance.Host.Pages.Reflectie;

/// <summary>A programme's reflection sessions (GET …/reflection-sessions), with the way to plan one for those who may.</summary>
[RequiresRight(Right.ReadProgramme)]
public sealed class ProgrammaModel(IQuerySession session) : PageModel
{
    public Guid ProgrammeId { get; private set; }
    public ProgrammeOverview Programme { get; private set; } = null!;
    public IReadOnlyList<ReflectionSessionView> Sessions { get; private set; } = [];
    public bool CanPlan { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid programmeId, CancellationToken ct)
    {
        ProgrammeId = programmeId;
        var programme = await session.LoadAsync<ProgrammeOverview>(programmeId, ct);
        if (programme is null) return NotFound();
        Programme = programme;
        Sessions = PageCommands.ValueOf<IReadOnlyList<ReflectionSessionView>>(await GetReflectionSessions.ForProgramme(programmeId, null, null, null, null, null, null, null, session, HttpContext)) ?? [];
        CanPlan = await ReflectionPage.Can(HttpContext, programmeId, Right.PlanReflection);
        return Page();
    }
}
