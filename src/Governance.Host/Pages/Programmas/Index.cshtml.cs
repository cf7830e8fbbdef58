using Governance.Host.Access;
using Governance.Host.Programmes;
using Governance.Projections.Programmes;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages.Programmas;

/// <summary>The programmes the signed-in person is a member of (as GET /api/programmes).</summary>
[RequiresSignIn]
public sealed class IndexModel(IQuerySession session, IClock clock) : PageModel
{
    public IReadOnlyList<ProgrammeOverview> Programmes { get; private set; } = [];
    public LocalDate Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = Governance.Domain.Common.AmsterdamTime.Today(clock.GetCurrentInstant());
        Programmes = await GetProgramme.List(HttpContext, session);
    }

    /// <summary>Past its planned end and not ended: time told as it is (as on the programme page and the portfolio).</summary>
    public bool PlannedEndPassed(ProgrammeOverview p) => p.EndedOn is null && p.PlannedEndDate < Today;
}
