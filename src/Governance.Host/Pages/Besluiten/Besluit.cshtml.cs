using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Decisions;
using Governance.Host.Web;
using Governance.Projections.Decisions;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Governance.Projections.Programmes;

namespace Governance.Host.Pages.Besluiten;

/// <summary>
/// One decision as GET /api/programmes/{id}/decisions/{decisionId} answers it: options, choice, rationale, the
/// partners' positions (dissent first and prominent) and its history. A partner person finds the form for their own
/// organisation's position here; it posts to <see cref="StandpuntModel"/>, which carries the right it needs.
/// </summary>
[RequiresRight(Right.ReadProgramme)]
public sealed class BesluitModel(IQuerySession session) : PageModel
{
    public Guid ProgrammeId { get; private set; }
    /// <summary>The programme's partners, to name who took each position.</summary>
    public IReadOnlyList<PartnerSummary> Partners { get; private set; } = [];
    public DecisionRecord Decision { get; private set; } = null!;
    /// <summary>The partner the signed-in person speaks for, when they may record its position.</summary>
    public PartnerSummary? OwnPartner { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid programmeId, Guid decisionId, CancellationToken ct)
    {
        var loaded = await DecisionPage.Load(HttpContext, session, programmeId, decisionId, ct);
        if (loaded is null) return NotFound();
        (ProgrammeId, Partners, Decision, OwnPartner) = loaded.Value;
        return Page();
    }
}

/// <summary>What the decision page and the position form both read.</summary>
public static class DecisionPage
{
    public static async Task<(Guid, IReadOnlyList<PartnerSummary>, DecisionRecord, PartnerSummary?)?> Load(HttpContext http, IQuerySession session, Guid programmeId, Guid decisionId, CancellationToken ct)
    {
        var programme = await ProgrammeNames.WithPartners(http, session, programmeId, ct);
        var decision = PageCommands.ValueOf<DecisionRecord>(await GetDecisions.Get(programmeId, decisionId, null, session, http, ct));
        if (programme is null || decision is null) return null;

        PartnerSummary? own = null;
        if (http.User.PersonIdOf() is { } person
            && await ProgrammeRightHandler.MembershipOf(http, programmeId, person) is { PartnerId: { } partnerId } member
            && Rights.Allows(member.Role, Right.RecordOwnPosition))
            own = programme.Partners.Find(p => p.PartnerId == partnerId);
        return (programmeId, programme.Partners, decision, own);
    }

    public static string PartnerName(IReadOnlyList<PartnerSummary> partners, Guid partnerId) =>
        partners.FirstOrDefault(p => p.PartnerId == partnerId)?.OrganisationName ?? "Onbekende partner";
}
