using Governance.Domain.Access;
using Governance.Domain.Decisions;
using Governance.Host.Access;
using Governance.Host.Decisions;
using Governance.Host.Web;
using Governance.Projections.Decisions;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Governance.Projections.Programmes;

namespace Governance.Host.Pages.Besluiten;

/// <summary>
/// A partner person records their own organisation's position on a decision, through the endpoint of
/// POST …/decisions/{decisionId}/positions (which checks that they act for that partner).
/// </summary>
[RequiresRight(Right.RecordOwnPosition)]
public sealed class StandpuntModel(IDocumentSession session, IClock clock) : PageModel
{
    public Guid ProgrammeId { get; private set; }
    public DecisionRecord Decision { get; private set; } = null!;
    public PartnerSummary? OwnPartner { get; private set; }
    public CommandAnswer? Answer { get; private set; }

    [BindProperty] public PartnerPosition? Position { get; set; }
    [BindProperty] public string? Reasoning { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid programmeId, Guid decisionId, CancellationToken ct) =>
        await Load(programmeId, decisionId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid programmeId, Guid decisionId, CancellationToken ct)
    {
        if (!await Load(programmeId, decisionId, ct)) return NotFound();
        var command = new RecordPartnerPosition(OwnPartner?.PartnerId, Position, Reasoning);
        Answer = await PageCommands.Run(session,
            () => RecordPartnerPositionEndpoint.Execute(programmeId, decisionId, command, session, clock, HttpContext, null), ct);
        if (!Answer.Accepted) return Page();
        Saved.Tell(TempData, "Het standpunt van uw organisatie is vastgelegd.");
        return Redirect($"/programmas/{programmeId}/besluiten/{decisionId}#standpunten");
    }

    private async Task<bool> Load(Guid programmeId, Guid decisionId, CancellationToken ct)
    {
        var loaded = await DecisionPage.Load(HttpContext, session, programmeId, decisionId, ct);
        if (loaded is null) return false;
        (ProgrammeId, _, Decision, OwnPartner) = loaded.Value;
        return true;
    }
}

/// <summary>The position form as the decision page and the position page show it.</summary>
public sealed record StandpuntForm(Guid ProgrammeId, Guid DecisionId, string PartnerName, PartnerPosition? Position, string? Reasoning, CommandAnswer? Answer);
