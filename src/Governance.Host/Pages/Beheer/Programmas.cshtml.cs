using Governance.Host.Access;
using Governance.Projections.Access;
using Governance.Projections.Programmes;
using Governance.Host.Web;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Governance.Host.Pages.Beheer;

/// <summary>Every programme, for the administrator who assigns its members (they manage membership of any programme).</summary>
[RequiresAdministrator]
public sealed class ProgrammasModel(IQuerySession session) : PageModel
{
    /// <summary>A programme as the list shows it: not its whole overview with every decision.</summary>
    public sealed record ProgrammeRow(Guid Id, string Name, string OpdrachtgeverOrganisation);

    public PageOfRows<ProgrammeRow> Programmes { get; private set; } = null!;
    /// <summary>The number of members of the programmes on this page.</summary>
    public IReadOnlyDictionary<Guid, int> MemberCounts { get; private set; } = new Dictionary<Guid, int>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await session.Query<ProgrammeOverview>().OrderBy(p => p.Name)
            .Select(p => new ProgrammeRow(p.Id, p.Name, p.OpdrachtgeverOrganisation)).ToListAsync(ct);
        Programmes = PageOfRows.Of(all, PageOfRows.Size, Request, "pagina", "programmas");
        var shown = Programmes.Rows.Select(r => r.Id).ToArray();
        MemberCounts = (await session.Query<ProgrammeMembers>().Where(m => m.Id.IsOneOf(shown)).ToListAsync(ct))
            .ToDictionary(m => m.Id, m => m.Members.Count);
    }
}
