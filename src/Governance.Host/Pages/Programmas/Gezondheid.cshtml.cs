using System.Diagnostics;
using Governance.Domain.Access;
using Governance.Domain.Health;
using Governance.Host.Access;
using Governance.Host.Web;
using Governance.Projections.Audit;
using Governance.Projections.Health;
using Governance.Projections.Reflection;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages.Programmas;

/// <summary>
/// The ten indicators of one programme, each with its evidence (linked to the events behind it), what is missing,
/// the recommendation's own words, the gespreksvraag and its history as a chart — now or as of a date. The same
/// evaluation as GET /api/programmes/{id}/health and …/health/history.
/// </summary>
[RequiresRight(Right.ReadProgramme)]
public sealed class GezondheidModel(IQuerySession session, IClock clock, Health.ProgrammeHealthReads reads) : PageModel
{
    public Guid ProgrammeId { get; private set; }
    public string Name { get; private set; } = "";
    public AsOfForm AsOf { get; private set; } = null!;
    public bool Existed { get; private set; }
    public IReadOnlyList<IndicatorResult> Indicators { get; private set; } = [];
    public ILookup<int, StatusChange> History { get; private set; } = Array.Empty<StatusChange>().ToLookup(c => c.Number);
    public Instant HistoryFrom { get; private set; }
    /// <summary>Of each evidence event its kind and stream (decision, session, programme), for its link.</summary>
    public IReadOnlyDictionary<Guid, EvidenceEvent> EvidenceEvents { get; private set; } = new Dictionary<Guid, EvidenceEvent>();

    /// <summary>What an evidence link needs of its event's audit row: two of its columns, not the row itself.</summary>
    public sealed record EvidenceEvent(Guid Id, string EventType, Guid StreamId);
    /// <summary>When each indicator was discussed in a reflection session (GET …/health/conversations), up to the date shown.</summary>
    public ILookup<int, IndicatorConversation> Conversations { get; private set; } =
        Array.Empty<IndicatorConversation>().ToLookup(c => c.Number);

    public async Task<IActionResult> OnGetAsync(Guid programmeId, string? opDatum, CancellationToken ct)
    {
        ProgrammeId = programmeId;
        AsOf = AsOfForm.Read(opDatum, clock.GetCurrentInstant());
        var watch = Stopwatch.StartNew();
        // The evaluation and its history are kept while they cannot change (ProgrammeHealthReads), as for GET …/health.
        if (await reads.ReadAsync(session, programmeId, AsOf.Moment, withHistory: true, ct) is not { } health) return NotFound();
        Name = health.Name;
        Existed = health.Existed;
        if (!Existed) return Page();

        Indicators = health.Indicators;
        HistoryFrom = health.RegisteredAt!.Value;
        History = health.History!.ToLookup(c => c.Number);
        var healthTime = watch.Elapsed;
        watch.Restart();
        // When each indicator was discussed, and of each evidence event only its kind and stream (not the whole trail
        // of thousands of events): one round trip.
        var batch = session.CreateBatchQuery();
        var conversations = batch.Load<IndicatorConversations>(programmeId);
        var evidenceIds = Indicators.SelectMany(i => i.Evidence).Select(e => e.EventId).Distinct().ToArray();
        var evidence = batch.Query<AuditEntry>().Where(x => x.Id.IsOneOf(evidenceIds))
            .Select(x => new EvidenceEvent(x.Id, x.EventType, x.StreamId)).ToList();
        await batch.Execute(ct);
        Conversations = Reflection.AgendaEndpoints.Ordered(await conversations).Where(c => c.DiscussedOn <= AsOf.Date).ToLookup(c => c.Number);
        EvidenceEvents = (await evidence).ToDictionary(e => e.Id);
        // What the page does before it renders (Server-Timing, as on the portfolio page; benchmark figure g reads it).
        Response.Headers.Append("Server-Timing", ServerTiming.Of(("health", healthTime), ("conversations-evidence", watch.Elapsed)));
        return Page();
    }

    /// <summary>Where an evidence item leads, and the word for it: the decision it is about, or the event in the audit trail.</summary>
    public (string Href, string Where) EvidenceLink(Evidence evidence)
    {
        if (EvidenceEvents.TryGetValue(evidence.EventId, out var entry) && entry.EventType.StartsWith("Decision", StringComparison.Ordinal))
            return ($"/programmas/{ProgrammeId}/besluiten/{entry.StreamId}", "besluit");
        return ($"/programmas/{ProgrammeId}/audit?{PageOfRows.Row}={evidence.EventId}#gebeurtenis-{evidence.EventId}", "audittrail");
    }
}
