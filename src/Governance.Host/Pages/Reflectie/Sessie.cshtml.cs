using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Reflection;
using Governance.Projections.Reflection;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Governance.Host.Pages.Reflectie;

/// <summary>
/// One reflection session as GET …/reflection-sessions/{sessionId} answers it (never the confidential notes): when
/// and where, moves, the agenda and what was discussed, lessons and follow-up actions.
/// </summary>
[RequiresRight(Right.ReadProgramme)]
public sealed class SessieModel(IQuerySession session) : PageModel
{
    public string ProgrammeName { get; private set; } = "";
    public ReflectionSessionView Session { get; private set; } = null!;
    public bool CanPlan { get; private set; }
    /// <summary>The confidential notes, only for the session's attendees and the opdrachtgevers (the API's own check).</summary>
    public string? ConfidentialNotes { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        var loaded = await ReflectionPage.Load(HttpContext, session, programmeId, sessionId, ct);
        if (loaded is null) return NotFound();
        (ProgrammeName, Session) = loaded.Value;
        CanPlan = await ReflectionPage.Can(HttpContext, programmeId, Right.PlanReflection);
        if (Session.HeldOn is not null)
            ConfidentialNotes = Governance.Host.Web.PageCommands.ValueOf<ConfidentialNotes>(
                await GetConfidentialNotes.Get(programmeId, sessionId, null, session, HttpContext))?.Notes;
        return Page();
    }
}
