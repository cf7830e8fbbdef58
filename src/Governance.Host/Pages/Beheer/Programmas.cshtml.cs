using Governance.Host.Access;
using Governance.Projections.Access;
using Governance.Projections.Programmes;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Governance.Host.Pages.Beheer;

/// <summary>Every programme, for the administrator who assigns its members (they manage membership of any programme).</summary>
[RequiresAdministrator]
public sealed class ProgrammasModel(IQuerySession session) : PageModel
{
    public IReadOnlyList<ProgrammeOverview> Programmes { get; private set; } = [];
    public IReadOnlyDictionary<Guid, int> MemberCounts { get; private set; } = new Dictionary<Guid, int>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Programmes = await session.Query<ProgrammeOverview>().OrderBy(p => p.Name).ToListAsync(ct);
        MemberCounts = (await session.Query<ProgrammeMembers>().ToListAsync(ct)).ToDictionary(m => m.Id, m => m.Members.Count);
    }
}
