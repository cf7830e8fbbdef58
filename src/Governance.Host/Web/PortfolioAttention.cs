using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Reflection;
using Governance.Host.Health;
using Governance.Projections.Decisions;
using Governance.Projections.Reflection;
using Marten;
using NodaTime;
using Governance.Domain.Common;

namespace Governance.Host.Web;

public sealed record UpcomingSession(Guid ProgrammeId, string Programme, Guid SessionId, string Title, ZonedDateTime Start, string Location);

public sealed record DecisionDue(Guid ProgrammeId, string Programme, Guid DecisionId, string Title, LocalDate ReviewOn, bool Overdue);

public sealed record OpenTension(Guid ProgrammeId, string Programme, string Subject, LocalDate RaisedOn, bool Escalated);

/// <summary>
/// A programme whose planned end asks attention: it has passed without an end or a decision on stopping or continuing
/// (<paramref name="Passed"/>: "einddatum verstreken"), or it comes within the "Stop gericht" horizon without a
/// borging plan ("bijna ten einde").
/// </summary>
public sealed record PlannedEndAttention(Guid ProgrammeId, string Programme, LocalDate PlannedEnd, bool Passed);

/// <summary>
/// What asks for an opdrachtgever's attention across their programmes, as of a moment. Of the decisions due for
/// review only the most urgent are listed (<see cref="PortfolioAttention.DecisionsListed"/>); <c>DecisionsDueCount</c>
/// says how many there are in all, counted up to <see cref="PortfolioAttention.DecisionsCounted"/> + 1 (more than
/// that is "meer dan").
/// </summary>
public sealed record Attention(
    IReadOnlyList<UpcomingSession> Sessions,
    IReadOnlyList<DecisionDue> DecisionsDue,
    int DecisionsDueCount,
    IReadOnlyList<OpenTension> Tensions,
    IReadOnlyList<PlannedEndAttention> PlannedEnds);

/// <summary>
/// The portfolio's lists besides the indicators. Open tensions and endings without a borging plan come from the
/// health facts, with the portfolio's lines (<see cref="PortfolioStatuses"/>: evaluated once and kept while they
/// hold). Sessions and decisions come from their read models: now, only the scheduled sessions and the taken
/// decisions whose review falls within <see cref="ReviewDueWithinDays"/> are read; for a past moment each session and
/// decision is folded from its own events up to then (<see cref="AsOfStreams"/>).
/// </summary>
public static class PortfolioAttention
{
    /// <summary>A review within this many days counts as due: time to put it on an agenda.</summary>
    public const int ReviewDueWithinDays = 30;

    /// <summary>
    /// The most urgent reviews listed: a programme collects decisions for years, and a list of thousands asks no one's
    /// attention; each programme's decision log has them all.
    /// </summary>
    public const int DecisionsListed = 25;

    /// <summary>
    /// The decisions due are counted up to one more than this: past it the page says "meer dan". No one acts on a
    /// thousand reviews from one list, and counting them all walked 41,000 index entries on every opening of the
    /// portfolio at benchmark scale (38 ms of its 48 ms).
    /// </summary>
    public const int DecisionsCounted = 1000;

    public static async Task<Attention> For(IReadOnlyDictionary<Guid, PortfolioLine> lines, Instant moment, bool past, IQuerySession session, CancellationToken ct)
    {
        string NameOf(Guid id) => lines.TryGetValue(id, out var line) ? line.Name : "";
        var today = moment.InZone(AmsterdamTime.Zone).Date;
        var (sessionRows, dueRows, decisionsDue) = past
            ? await AsOf(lines.Keys.ToArray(), moment, today.PlusDays(ReviewDueWithinDays), session, ct)
            : await Now(lines.Keys.ToArray(), today.PlusDays(ReviewDueWithinDays), session, ct);

        return new Attention(
            sessionRows.Where(s => s.Start.ToInstant() > moment)
                .Select(s => new UpcomingSession(s.ProgrammeId, NameOf(s.ProgrammeId), s.Id, s.Title, s.Start, s.Location))
                .OrderBy(s => s.Start.ToInstant()).ToList(),
            dueRows.OrderBy(d => d.ReviewOn).Take(DecisionsListed)
                .Select(d => new DecisionDue(d.ProgrammeId, NameOf(d.ProgrammeId), d.Id, d.Title, d.ReviewOn!.Value, d.ReviewOn < today)).ToList(),
            decisionsDue,
            lines.Values.SelectMany(l => l.OpenTensions).OrderByDescending(t => t.Escalated).ThenBy(t => t.RaisedOn).ToList(),
            lines.Values.Select(l => l.PlannedEnd).OfType<PlannedEndAttention>().OrderBy(e => e.PlannedEnd).ToList());
    }

    /// <summary>A scheduled session as the lists need it, not the whole session with its agenda.</summary>
    private sealed record SessionRow(Guid Id, Guid ProgrammeId, string Title, ZonedDateTime Start, string Location);

    /// <summary>The decisions whose review can fall due: taken or revised, not proposed, withdrawn or superseded.</summary>
    private static readonly DecisionStatus[] Reviewable = [DecisionStatus.Taken, DecisionStatus.Revised];

    /// <summary>A decision due for review as the list needs it, not the whole record with its history.</summary>
    private sealed record DueRow(Guid Id, Guid ProgrammeId, string Title, LocalDate? ReviewOn);

    /// <summary>
    /// Now: the scheduled sessions and the decisions due, in one round trip, reading only the fields listed — the page
    /// is opened often and must not cost much more than the portfolio it shows (benchmark figure g).
    /// </summary>
    private static async Task<(IReadOnlyList<SessionRow>, IReadOnlyList<DueRow>, int)> Now(Guid[] ids, LocalDate horizon, IQuerySession session, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var sessions = batch.Query<ReflectionSessionView>()
            .Where(x => x.Status == ReflectionSessionStatus.Scheduled && x.ProgrammeId.IsOneOf(ids))
            .Select(x => new SessionRow(x.Id, x.ProgrammeId, x.Title, x.Start, x.Location))
            .ToList();
        // Programme, status and review date are columns of their own (DecisionsModule): the list walks the review dates
        // and stops at the most urgent; the count is answered from an index alone and stops past DecisionsCounted.
        // Counting in the listing query instead (Stats) kept every due decision, document and all, to count them: 0.5 s
        // for 41,000 at benchmark scale.
        var due = batch.Query<DecisionRecord>().Where(x => x.Status.IsOneOf(Reviewable) && x.ProgrammeId.IsOneOf(ids) && x.ReviewOn <= horizon);
        var listed = due.OrderBy(x => x.ReviewOn).Take(DecisionsListed)
            .Select(x => new DueRow(x.Id, x.ProgrammeId, x.Title, x.ReviewOn))
            .ToList();
        // Counted by reading up to one past the limit of an indexed column and counting those rows: Marten's
        // Take(n).Count() limits the one row of count(*), not the rows counted.
        var counted = due.Take(DecisionsCounted + 1).Select(x => x.ProgrammeId).ToList();
        await batch.Execute(ct);
        return (await sessions, await listed, (await counted).Count);
    }

    /// <summary>As of a past moment: each session and decision folded from its own events up to then.</summary>
    private static async Task<(IReadOnlyList<SessionRow>, IReadOnlyList<DueRow>, int)> AsOf(Guid[] ids, Instant moment, LocalDate horizon, IQuerySession session, CancellationToken ct)
    {
        var sessions = new List<SessionRow>();
        foreach (var current in await session.Query<ReflectionSessionView>().Where(x => x.ProgrammeId.IsOneOf(ids)).ToListAsync(ct))
        {
            if (await session.ReadModelAsOf<ReflectionSessionView>(current.Id, moment, ct) is { Status: ReflectionSessionStatus.Scheduled } view)
                sessions.Add(new SessionRow(view.Id, view.ProgrammeId, view.Title, view.Start, view.Location));
        }

        var due = new List<DueRow>();
        foreach (var current in await session.Query<DecisionRecord>().Where(x => x.ProgrammeId.IsOneOf(ids)).ToListAsync(ct))
        {
            if (await session.ReadModelAsOf<DecisionRecord>(current.Id, moment, ct) is { Status: DecisionStatus.Taken or DecisionStatus.Revised, ReviewOn: { } reviewOn } record
                && reviewOn <= horizon)
                due.Add(new DueRow(record.Id, record.ProgrammeId, record.Title, reviewOn));
        }
        return (sessions, due, Math.Min(due.Count, DecisionsCounted + 1));
    }

    /// <summary>The tensions of one programme not resolved as of the moment the facts were cut at.</summary>
    public static IReadOnlyList<OpenTension> OpenTensionsOf(Guid programmeId, string name, ProgrammeFacts known)
    {
        var steps = known.TensionSteps.ToLookup(s => s.TensionId);
        return known.Tensions
            .Where(t => !steps[t.TensionId].Any(s => s.Step == TensionStep.Resolved))
            .Select(t => new OpenTension(programmeId, name, t.Subject, t.RaisedOn, steps[t.TensionId].Any(s => s.Step == TensionStep.Escalated)))
            .ToList();
    }

    /// <summary>
    /// The programme's planned end when it has passed while the programme neither ended nor decided on stopping or
    /// continuing; or when it falls within the horizon the "Stop gericht" rule uses for that decision while there is no
    /// borging plan. A programme past its end is never "bijna ten einde": time is told as it is.
    /// </summary>
    public static PlannedEndAttention? PlannedEndOf(Guid programmeId, string name, ProgrammeFacts known, LocalDate today)
    {
        if (known.PlannedEndDate is not { } end || known.Endings.Count > 0) return null;
        if (end < today)
            return known.ContinuationDecisions.Count == 0 ? new PlannedEndAttention(programmeId, name, end, Passed: true) : null;
        return end <= today.PlusMonths(known.EffectiveThresholds.Rec10DecisionOrangeMonths) && known.BorgingPlans.Count == 0
            ? new PlannedEndAttention(programmeId, name, end, Passed: false)
            : null;
    }
}
