using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Reflection.Joint;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Governance.Host.Pages.Reflectie.Gezamenlijk;

/// <summary>A gezamenlijke sessie as the signed-in person may see it: only the parts of their own programmes.</summary>
[RequiresSignIn]
public sealed class SessieModel(IQuerySession session) : PageModel
{
    public JointReflectionSessionView Joint { get; private set; } = null!;
    /// <summary>Procesbegeleider in every covered programme: may prepare and update the joint session.</summary>
    public bool CanPlan { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid jointSessionId, CancellationToken ct)
    {
        var joint = await JointPage.Load(HttpContext, session, jointSessionId, ct);
        if (joint is null) return NotFound();
        Joint = joint;
        CanPlan = (await JointSessions.WithRightInEvery(HttpContext, session, jointSessionId, Right.PlanReflection, ct)).Refused is null;
        return Page();
    }
}
