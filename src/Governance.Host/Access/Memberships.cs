using Governance.Projections.Access;
using Marten;

namespace Governance.Host.Access;

public static class Memberships
{
    /// <summary>The programmes a person is a member of: what cross-programme lists (portfolio, calendars) may show them.</summary>
    public static async Task<IReadOnlyList<Guid>> ProgrammesOf(this IQuerySession session, Guid personId, CancellationToken ct) =>
        await session.Query<ProgrammeMembers>()
            .Where(p => p.Members.Any(m => m.PersonId == personId))
            .Select(p => p.Id)
            .ToListAsync(ct);
}
