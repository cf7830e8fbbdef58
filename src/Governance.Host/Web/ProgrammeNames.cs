using Governance.Projections.Programmes;
using Marten;

namespace Governance.Host.Web;

/// <summary>
/// A programme's name, read once a request. The layout names the programme in its breadcrumbs and many pages name it
/// in their heading: both ask here, so a page costs one small query for it, never the whole overview document (which
/// lists every decision of the programme).
/// </summary>
public static class ProgrammeNames
{
    /// <summary>The name, or null for a programme that does not exist.</summary>
    public static async Task<string?> Of(HttpContext http, IQuerySession session, Guid programmeId, CancellationToken ct)
    {
        var key = (typeof(ProgrammeNames), programmeId);
        if (http.Items.TryGetValue(key, out var known)) return (string?)known;
        var name = await session.Query<ProgrammeOverview>().Where(x => x.Id == programmeId).Select(x => x.Name).FirstOrDefaultAsync(ct);
        http.Items[key] = name;
        return name;
    }
}
