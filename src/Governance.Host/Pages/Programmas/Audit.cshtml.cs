using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Audit;
using Governance.Host.Web;
using Governance.Projections.Audit;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;
using Governance.Domain.Common;
using Governance.Host.Infrastructure;

namespace Governance.Host.Pages.Programmas;

/// <summary>
/// The audit trail of a programme: who did what, when — filterable by kind of event, period and person. The same
/// trail as GET /api/programmes/{id}/audit; a filter is a GET form, so a filtered view can be bookmarked.
/// </summary>
[RequiresRight(Right.ReadProgramme)]
public sealed class AuditModel(IQuerySession session) : PageModel
{
    public Guid ProgrammeId { get; private set; }
    public string Name { get; private set; } = "";

    [BindProperty(SupportsGet = true, Name = "soort")] public string? Soort { get; set; }
    [BindProperty(SupportsGet = true, Name = "van")] public string? Van { get; set; }
    [BindProperty(SupportsGet = true, Name = "tot")] public string? Tot { get; set; }
    [BindProperty(SupportsGet = true, Name = "persoon")] public string? Persoon { get; set; }

    public Dictionary<string, string> Errors { get; } = [];
    /// <summary>Every kind of event the programme has, with its Dutch description, for the filter.</summary>
    public IReadOnlyList<(string Type, string Description)> Kinds { get; private set; } = [];
    /// <summary>The page of rows shown: <see cref="PageSize"/> at a time, newest first.</summary>
    public PageOfRows<AuditEntry> Entries { get; private set; } = null!;

    /// <summary>Rows per page: a screenful or two, not the 300+ a programme collects over the years.</summary>
    public const int PageSize = PageOfRows.Size;

    public async Task<IActionResult> OnGetAsync(Guid programmeId, CancellationToken ct)
    {
        ProgrammeId = programmeId;
        var name = await ProgrammeNames.Of(HttpContext, session, programmeId, ct);
        if (name is null) return NotFound();
        Name = name;

        var since = ReadDate(Van, "van")?.AtStartOfDayInZone(AmsterdamTime.Zone).ToInstant();
        var until = ReadDate(Tot, "tot")?.PlusDays(1).AtStartOfDayInZone(AmsterdamTime.Zone).ToInstant().Minus(Duration.Epsilon);
        if (since is not null && until is not null && until < since) Errors["tot"] = "De einddatum ligt vóór de begindatum.";

        Entries = PageOfRows.Of<AuditEntry>([], PageSize, Request, "pagina", "gebeurtenissen");
        // The kinds the programme has, for the filter: one column of its rows, described as the trail describes them.
        var types = await session.Query<AuditEntry>().Where(x => x.ProgrammeId == programmeId).Select(x => x.EventType).Distinct().ToListAsync(ct);
        Kinds = types.Select(type => (type, EventDescriptions.KindOf(type)))
            .OrderBy(k => k.Item2, StringComparer.Create(Dutch.Culture, true)).ToList();
        if (Errors.Count > 0) return Page();

        var rows = new AuditSelection(programmeId, string.IsNullOrWhiteSpace(Soort) ? null : Soort, since, until, Persoon).In(session);
        // An evidence link (?gebeurtenis=<event id>#gebeurtenis-<event id>) opens the page that holds its row: its
        // place in the selection, from the ids alone.
        var indexOfRow = -1;
        if (Guid.TryParse(Request.Query[PageOfRows.Row], out var eventId))
            indexOfRow = (await rows.NewestFirst().Select(x => x.Id).ToListAsync(ct)).ToList().IndexOf(eventId);
        Entries = await PageOfRows.ReadAsync(await rows.CountAsync(ct), PageSize, Request, "pagina", "gebeurtenissen", indexOfRow,
            async (skip, take) => await rows.NewestFirst().Skip(skip).Take(take).ToListAsync(ct));
        await AuditSubjects.NameAsync(session, programmeId, Entries.Rows.ToList(), ct);
        return Page();
    }

    private LocalDate? ReadDate(string? text, string field)
    {
        if (IsoDate.TryRead(text, out var date)) return date;
        Errors[field] = IsoDate.Message;
        return null;
    }
}
