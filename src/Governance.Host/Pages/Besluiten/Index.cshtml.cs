using Governance.Domain.Access;
using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Host.Access;
using Governance.Host.Decisions;
using Governance.Host.Web;
using Governance.Projections.Decisions;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Governance.Projections.Bodies;
using Governance.Projections.Programmes;

namespace Governance.Host.Pages.Besluiten;

/// <summary>
/// The decision log of a programme with its filters (status, aanbeveling, partner, overleg, periode): the list is
/// what GET /api/programmes/{id}/decisions answers for the same filters — the page calls that query.
/// </summary>
[RequiresRight(Right.ReadProgramme)]
public sealed class IndexModel(IQuerySession session) : PageModel
{
    public Guid ProgrammeId { get; private set; }
    public string ProgrammeName { get; private set; } = "";
    /// <summary>The programme's partners, for the partner filter.</summary>
    public IReadOnlyList<PartnerSummary> Partners { get; private set; } = [];
    public GovernanceBodies Bodies { get; private set; } = null!;
    /// <summary>The page of decisions shown, <see cref="PageSize"/> at a time, newest first.</summary>
    public PageOfRows<DecisionRecord> Decisions { get; private set; } = null!;

    /// <summary>Decisions a page: a programme logs hundreds over the years, and a page of all of them is slow to read.</summary>
    public const int PageSize = PageOfRows.Size;
    public Dictionary<string, string> Errors { get; } = [];
    public bool CanLog { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Aanbeveling { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Partner { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Overleg { get; set; }
    [BindProperty(SupportsGet = true)] public string? Van { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tot { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid programmeId, CancellationToken ct)
    {
        ProgrammeId = programmeId;
        var programme = await ProgrammeNames.WithPartners(HttpContext, session, programmeId, ct);
        if (programme is null) return NotFound();
        (ProgrammeName, Partners) = (programme.Name, programme.Partners);
        Bodies = await session.LoadAsync<GovernanceBodies>(programmeId, ct) ?? new GovernanceBodies { Id = programmeId };
        CanLog = await Can(Right.LogDecisions, ct);

        Decisions = PageOfRows.Of<DecisionRecord>([], PageSize, Request, "pagina", "besluiten");
        var (selected, problem) = await GetDecisions.Select(programmeId, Status, Aanbeveling, Partner, Overleg, Van, Tot, asOf: null, sort: null, session, ct);
        if (problem is IValueHttpResult { Value: HttpValidationProblemDetails invalid })
        {
            // The API's field names, mapped to this form's.
            var names = new Dictionary<string, string> { ["status"] = "status", ["recommendation"] = "aanbeveling", ["from"] = "van", ["to"] = "tot" };
            foreach (var (field, messages) in invalid.Errors) Errors[names.GetValueOrDefault(field, field)] = string.Join(" ", messages);
            return Page();
        }
        if (selected is null) return NotFound();
        Decisions = PageOfRows.Of(selected, PageSize, Request, "pagina", "besluiten");
        return Page();
    }

    public string MakerOf(DecisionRecord decision) => Dutch.Maker(decision.DecidedBy);

    public IEnumerable<DecisionStatus> Statuses => Enum.GetValues<DecisionStatus>();
    public IEnumerable<Recommendation> Recommendations => Enum.GetValues<Recommendation>();

    private async Task<bool> Can(Right right, CancellationToken ct) =>
        HttpContext.User.PersonIdOf() is { } person
        && await ProgrammeRightHandler.MembershipOf(HttpContext, ProgrammeId, person) is { } member
        && Rights.Allows(member.Role, right);
}
