using Governance.Projections.Decisions;
using Governance.Projections.Partners;
using Governance.Projections.Reflection;
using Marten;

namespace Governance.Projections.Audit;

/// <summary>
/// Names the decisions, sessions and partners that audit rows are about, as they are called when the trail is read
/// (a decision's title, a session's title, a partner's organisation). Three indexed reads per programme, whatever the
/// length of the trail.
/// </summary>
public static class AuditSubjects
{
    public static async Task NameAsync(IQuerySession session, Guid programmeId, IReadOnlyCollection<AuditEntry> entries, CancellationToken ct)
    {
        if (entries.Count == 0) return;
        var decisions = entries.Any(e => e.DecisionId is not null)
            ? (await session.Query<DecisionRecord>().Where(d => d.ProgrammeId == programmeId).Select(d => new { d.Id, d.Title }).ToListAsync(ct))
                .ToDictionary(d => d.Id, d => d.Title)
            : [];
        var sessions = entries.Any(e => e.SessionId is not null)
            ? (await session.Query<ReflectionSessionView>().Where(s => s.ProgrammeId == programmeId).Select(s => new { s.Id, s.Title }).ToListAsync(ct))
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
