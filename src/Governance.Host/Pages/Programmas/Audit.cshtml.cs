using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Audit;
using Governance.Host.Web;
using Governance.Projections.Audit;
using Governance.Projections.Programmes;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;

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
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid programmeId, CancellationToken ct)
    {
        ProgrammeId = programmeId;
        var overview = await session.LoadAsync<ProgrammeOverview>(programmeId, ct);
        if (overview is null) return NotFound();
        Name = overview.Name;

        var since = ReadDate(Van, "van")?.AtStartOfDayInZone(Dutch.Zone).ToInstant();
        var until = ReadDate(Tot, "tot")?.PlusDays(1).AtStartOfDayInZone(Dutch.Zone).ToInstant().Minus(Duration.Epsilon);
        if (since is not null && until is not null && until < since) Errors["tot"] = "De einddatum ligt vóór de begindatum.";

        var all = await GetAuditTrail.Trail(programmeId, null, null, null, session, ct);
        Kinds = all.GroupBy(e => e.EventType).Select(g => (g.Key, g.First().Kind))
            .OrderBy(k => k.Item2, StringComparer.Create(Dutch.Culture, true)).ToList();
        if (Errors.Count > 0) return Page();

        var type = string.IsNullOrWhiteSpace(Soort) ? null : Soort;
        var person = Persoon?.Trim();
        Entries = (await GetAuditTrail.Trail(programmeId, type, since, until, session, ct))
            .Where(e => string.IsNullOrEmpty(person)
                        || (e.Person?.Contains(person, StringComparison.CurrentCultureIgnoreCase) ?? false)
                        || (e.Organisation?.Contains(person, StringComparison.CurrentCultureIgnoreCase) ?? false))
            .Reverse().ToList();
        return Page();
    }

    private LocalDate? ReadDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (parsed.Success) return parsed.Value;
        Errors[field] = "Vul een geldige datum in, bijvoorbeeld 2021-03-01.";
        return null;
    }
}
