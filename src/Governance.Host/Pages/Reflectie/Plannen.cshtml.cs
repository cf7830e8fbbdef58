using Governance.Domain.Access;
using Governance.Domain.Reflection;
using Governance.Host.Access;
using Governance.Host.Reflection;
using Governance.Host.Web;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Governance.Projections.Programmes;

namespace Governance.Host.Pages.Reflectie;

/// <summary>Schedule a reflection session: the form of POST …/reflection-sessions, carried out by that endpoint's method.</summary>
[RequiresRight(Right.PlanReflection)]
public sealed class PlannenModel(IDocumentSession session, IClock clock) : PageModel
{
    public Guid ProgrammeId { get; private set; }
    public ProgrammeOverview Programme { get; private set; } = null!;
    public CommandAnswer? Answer { get; private set; }

    [BindProperty] public string? Title { get; set; }
    /// <summary>Local date-time in Europe/Amsterdam, as a datetime-local field sends it (2026-05-12T14:00).</summary>
    [BindProperty] public string? StartsAt { get; set; }
    [BindProperty] public int? LengthMinutes { get; set; } = 90;
    [BindProperty] public string? Location { get; set; }
    [BindProperty] public string? Facilitator { get; set; }
    /// <summary>Invitees picked from the programme's members: they get the invitation and see the session under "Mijn week".</summary>
    [BindProperty] public List<Guid> InviteePersonIds { get; set; } = [];
    /// <summary>Invitees from outside the register, one name a line.</summary>
    [BindProperty] public string? Invitees { get; set; }
    public IReadOnlyList<Governance.Projections.Access.Member> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid programmeId, CancellationToken ct)
    {
        if (!await Load(programmeId, ct)) return NotFound();
        Facilitator = User.Identity?.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid programmeId, CancellationToken ct)
    {
        if (!await Load(programmeId, ct)) return NotFound();
        var command = new ScheduleReflectionSession(Title, StartsAt, LengthMinutes, Location, Facilitator, ReflectionPage.Lines(Invitees))
        {
            InviteePersonIds = InviteePersonIds,
        };
        Answer = await PageCommands.Run(session, () => ScheduleReflectionSessionEndpoint.Execute(programmeId, command, session, clock, ct), ct);
        if (!Answer.Accepted) return Page();
        Saved.Tell(TempData, "De sessie is gepland; de genodigden krijgen een uitnodiging.");
        return Redirect($"/programmas/{programmeId}/reflectie/{Answer.CreatedId}");
    }

    private async Task<bool> Load(Guid programmeId, CancellationToken ct)
    {
        ProgrammeId = programmeId;
        var programme = await session.LoadAsync<ProgrammeOverview>(programmeId, ct);
        if (programme is null) return false;
        Programme = programme;
        Members = await ProgrammePeople.Of(session, programmeId, ct);
        return true;
    }
}
