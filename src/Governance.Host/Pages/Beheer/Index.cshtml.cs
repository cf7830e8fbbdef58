using Governance.Host.Access;
using Governance.Projections.Directory;
using Governance.Projections.Programmes;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Governance.Host.Pages.Beheer;

/// <summary>
/// The administrator's way in: the register (organisations, people) and the members of every programme — the
/// pages of /api/organisations, /api/people and …/members, under the same rights (administrators; 403 for others).
/// </summary>
[RequiresAdministrator]
public sealed class IndexModel(IQuerySession session) : PageModel
{
    public int Organisations { get; private set; }
    public int ActivePeople { get; private set; }
    public int Programmes { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organisations = await session.Query<DirectoryOrganisation>().CountAsync(ct);
        ActivePeople = await session.Query<DirectoryPerson>().CountAsync(p => p.Active, ct);
        Programmes = await session.Query<ProgrammeOverview>().CountAsync(ct);
    }
}
