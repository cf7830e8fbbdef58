using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Reflection;
using Governance.Projections.Decisions;
using Governance.Projections.Health;
using Governance.Projections.Reflection;
using Marten;
using NodaTime;

namespace Governance.Host.Web;

public sealed record UpcomingSession(Guid ProgrammeId, string Programme, Guid SessionId, string Title, ZonedDateTime Start, string Location);

public sealed record DecisionDue(Guid ProgrammeId, string Programme, Guid DecisionId, string Title, LocalDate ReviewOn, bool Overdue);

public sealed record OpenTension(Guid ProgrammeId, string Programme, string Subject, LocalDate RaisedOn, bool Escalated);

public sealed record EndWithoutBorging(Guid ProgrammeId, string Programme, LocalDate PlannedEnd);

/// <summary>What asks for an opdrachtgever's attention across their programmes, as of a moment.</summary>
public sealed record Attention(
    IReadOnlyList<UpcomingSession> Sessions,
    IReadOnlyList<DecisionDue> DecisionsDue,
    IReadOnlyList<OpenTension> Tensions,
    IReadOnlyList<EndWithoutBorging> EndingWithoutBorging);

/// <summary>
/// The portfolio's lists besides the indicators, read from the same read models as the API: for a past moment
/// each session and decision is folded from its own events up to then (<see cref="AsOfStreams"/>), tensions and
/// the borging plan come from the health facts as they stood.
/// </summary>
public static class PortfolioAttention
{
    /// <summary>A review within this many days counts as due: time to put it on an agenda.</summary>
    public const int ReviewDueWithinDays = 30;

    public static async Task<Attention> For(IReadOnlyList<Guid> programmeIds, Instant moment, bool past, IQuerySession session, CancellationToken ct)
    {
        var ids = programmeIds.ToArray();
        var facts = (await session.Query<ProgrammeHealthFacts>().Where(x => x.Id.IsOneOf(ids)).ToListAsync(ct))
            .ToDictionary(d => d.Id);
        string NameOf(Guid id) => facts.TryGetValue(id, out var d) ? d.Name : "";
        var today = moment.InZone(HealthEvaluation.Zone).Date;

        var sessions = new List<UpcomingSession>();
        foreach (var current in await session.Query<ReflectionSessionView>().Where(x => x.ProgrammeId.IsOneOf(ids)).ToListAsync(ct))
        {
            var view = past ? await session.ReadModelAsOf<ReflectionSessionView>(current.Id, moment, ct) : current;
            if (view is { Status: ReflectionSessionStatus.Scheduled } && view.Start.ToInstant() > moment)
                sessions.Add(new UpcomingSession(view.ProgrammeId, NameOf(view.ProgrammeId), view.Id, view.Title, view.Start, view.Location));
        }

        var decisions = new List<DecisionDue>();
        foreach (var current in await session.Query<DecisionRecord>().Where(x => x.ProgrammeId.IsOneOf(ids)).ToListAsync(ct))
        {
            var record = past ? await session.ReadModelAsOf<DecisionRecord>(current.Id, moment, ct) : current;
            if (record is { Status: DecisionStatus.Taken or DecisionStatus.Revised, ReviewOn: { } reviewOn } && reviewOn <= today.PlusDays(ReviewDueWithinDays))
                decisions.Add(new DecisionDue(record.ProgrammeId, NameOf(record.ProgrammeId), record.Id, record.Title, reviewOn, reviewOn < today));
        }

        var tensions = new List<OpenTension>();
        var ending = new List<EndWithoutBorging>();
        foreach (var document in facts.Values)
        {
            var f = document.Facts.AsOf(moment);
            if (f.Registration is null) continue;
            foreach (var tension in f.Tensions)
            {
                var steps = f.TensionSteps.Where(s => s.TensionId == tension.TensionId).ToList();
                if (steps.Any(s => s.Step == TensionStep.Resolved)) continue;
                tensions.Add(new OpenTension(document.Id, document.Name, tension.Subject, tension.RaisedOn, steps.Any(s => s.Step == TensionStep.Escalated)));
            }
            // The same horizon the "Stop gericht" rule uses for the stop-or-continue decision.
            var horizon = today.PlusMonths(f.EffectiveThresholds.Rec10DecisionOrangeMonths);
            if (f.PlannedEndDate is { } end && end <= horizon && f.BorgingPlans.Count == 0 && f.Endings.Count == 0)
                ending.Add(new EndWithoutBorging(document.Id, document.Name, end));
        }

        return new Attention(
            sessions.OrderBy(s => s.Start.ToInstant()).ToList(),
            decisions.OrderBy(d => d.ReviewOn).ToList(),
            tensions.OrderByDescending(t => t.Escalated).ThenBy(t => t.RaisedOn).ToList(),
            ending.OrderBy(e => e.PlannedEnd).ToList());
    }
}
