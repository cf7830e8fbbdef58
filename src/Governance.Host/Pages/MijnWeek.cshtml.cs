using Governance.Host.Access;
using Governance.Host.Week;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages;

/// <summary>"Mijn week": what is the signed-in person's own, as GET /api/me/week answers it.</summary>
[RequiresSignIn]
public sealed class MijnWeekModel(IQuerySession session, IClock clock) : PageModel
{
    public MyWeek Week { get; private set; } = null!;

    public async Task OnGetAsync() => Week = await GetMyWeek.Get(HttpContext, session, clock);
}
