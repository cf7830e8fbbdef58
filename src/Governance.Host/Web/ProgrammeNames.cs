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
        if (http.Items.TryGetValue(Key(programmeId), out var known)) return (string?)known;
        var name = await session.Query<ProgrammeOverview>().Where(x => x.Id == programmeId).Select(x => x.Name).FirstOrDefaultAsync(ct);
        http.Items[Key(programmeId)] = name;
        return name;
    }

    /// <summary>
    /// The name and the partners (for the pages that name who took a position) in the same small query; the layout
    /// then knows the name without asking again. Null for a programme that does not exist.
    /// </summary>
    public static async Task<NameAndPartners?> WithPartners(HttpContext http, IQuerySession session, Guid programmeId, CancellationToken ct)
    {
        var found = await session.Query<ProgrammeOverview>().Where(x => x.Id == programmeId)
            .Select(x => new NameAndPartners(x.Name, x.Partners)).FirstOrDefaultAsync(ct);
        http.Items[Key(programmeId)] = found?.Name;
        return found;
    }

    private static (Type, Guid) Key(Guid programmeId) => (typeof(ProgrammeNames), programmeId);
}

/// <summary>Of a programme only its name and partners: its overview also lists every decision, hundreds of them.</summary>
public sealed record NameAndPartners(string Name, List<PartnerSummary> Partners);
