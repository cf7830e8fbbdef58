using Governance.Host.Access;
using Governance.Host.Exports;
using Governance.Host.Week;
using Governance.Host.Reflection;
using Governance.Host.Web;
using Governance.Projections.Reflection;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Governance.Projections.Programmes;

namespace Governance.Host.Pages.Reflectie;

/// <summary>
/// The reflection planner: the sessions a person facilitates or is invited to, across the programmes they are a member
/// of (the sessions of "Mijn week", GET /api/me/week).
/// </summary>
[RequiresSignIn]
public sealed class IndexModel(IDocumentSession session, NodaTime.IClock clock) : PageModel
{
    /// <summary>The personal feed address, shown once right after it was made (it is a secret).</summary>
    public string? Feed { get; private set; }

    public IReadOnlyList<(ReflectionSessionView Session, string? ProgrammeName)> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var views = await GetMyWeek.Sessions(session, HttpContext, ct);
        var programmes = await session.LoadManyAsync<ProgrammeOverview>(ct, views.Select(v => v.ProgrammeId).Distinct());
        var names = programmes.ToDictionary(p => p.Id, p => p.Name);
        Sessions = views.Select(v => (v, (string?)names.GetValueOrDefault(v.ProgrammeId, "—"))).ToList();
        return Page();
    }

    /// <summary>Issues a feed token through the API's own method and shows the facilitator's feed address.</summary>
    public async Task<IActionResult> OnPostAbonnementAsync(CancellationToken ct)
    {
        var feeds = await ExportReflectionCalendar.IssueToken(session, clock, HttpContext);
        Feed = $"{Request.Scheme}://{Request.Host}" + feeds.FacilitatorFeed.Replace("{naam}", Uri.EscapeDataString(User.Identity?.Name ?? ""));
        return await OnGetAsync(ct);
    }
}
