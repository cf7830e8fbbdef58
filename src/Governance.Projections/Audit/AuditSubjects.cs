using Governance.Projections.Decisions;
using Governance.Projections.Partners;
using Governance.Projections.Reflection;
using Marten;

namespace Governance.Projections.Audit;

/// <summary>
/// Names the decisions, sessions and partners that audit rows are about, as they are called when the trail is read
/// (a decision's title, a session's title, a partner's organisation). At most three reads, each of only the subjects
/// the rows name: a page of 50 rows costs the same in a programme of 10,000 events as in one of 100, so callers name
/// the rows they show, not the whole trail.
/// </summary>
public static class AuditSubjects
{
    public static async Task NameAsync(IQuerySession session, Guid programmeId, IReadOnlyCollection<AuditEntry> entries, CancellationToken ct)
    {
        var decisionIds = entries.Select(e => e.DecisionId).OfType<Guid>().Distinct().ToArray();
        var sessionIds = entries.Select(e => e.SessionId).OfType<Guid>().Distinct().ToArray();
        var decisions = decisionIds.Length > 0
            ? (await session.Query<DecisionRecord>().Where(d => d.Id.IsOneOf(decisionIds) && d.ProgrammeId == programmeId).Select(d => new { d.Id, d.Title }).ToListAsync(ct))
                .ToDictionary(d => d.Id, d => d.Title)
            : [];
        var sessions = sessionIds.Length > 0
            ? (await session.Query<ReflectionSessionView>().Where(s => s.Id.IsOneOf(sessionIds) && s.ProgrammeId == programmeId).Select(s => new { s.Id, s.Title }).ToListAsync(ct))
                .ToDictionary(s => s.Id, s => s.Title)
            : [];
        var partners = entries.Any(e => e.PartnerId is not null)
            ? (await session.LoadAsync<PartnerRegister>(programmeId, ct))?.Partners.ToDictionary(p => p.PartnerId, p => p.OrganisationName) ?? []
            : [];

        foreach (var entry in entries)
        {
            entry.DecisionTitle = entry.DecisionId is { } decision ? decisions.GetValueOrDefault(decision) : null;
            entry.SessionTitle = entry.SessionId is { } reflection ? sessions.GetValueOrDefault(reflection) : null;
            entry.PartnerName = entry.PartnerId is { } partner ? partners.GetValueOrDefault(partner) : null;
        }
    }
}
