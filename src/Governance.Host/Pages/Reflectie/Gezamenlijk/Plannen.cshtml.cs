using Governance.Domain.Access;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection.Joint;
using Governance.Host.Access;
using Governance.Host.Reflection.Joint;
using Governance.Host.Web;
using Governance.Projections.Access;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Governance.Projections.Programmes;

namespace Governance.Host.Pages.Reflectie.Gezamenlijk;

/// <summary>
/// Schedule a gezamenlijke sessie: choose programmes in which one is procesbegeleider, then the usual facts of a
/// session. Carried out by the endpoint of POST /api/joint-reflection-sessions (same rules, same Dutch refusals).
/// </summary>
[RequiresSignIn]
public sealed class PlannenModel(IDocumentSession session, IClock clock) : PageModel
{
    public IReadOnlyList<(Guid Id, string Name)> Facilitated { get; private set; } = [];
    public CommandAnswer? Answer { get; private set; }

    [BindProperty] public List<Guid> ProgrammeIds { get; set; } = [];
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? StartsAt { get; set; }
    [BindProperty] public int? LengthMinutes { get; set; } = 120;
    [BindProperty] public string? Location { get; set; }
    [BindProperty] public string? Facilitator { get; set; }
    /// <summary>Invitees picked from the members of the programmes one facilitates (each must be a member of a covered one).</summary>
    [BindProperty] public List<Guid> InviteePersonIds { get; set; } = [];
    /// <summary>Invitees from outside the register, one name a line.</summary>
    [BindProperty] public string? Invitees { get; set; }
    public IReadOnlyList<Member> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadFacilitated(ct);
        Facilitator = User.Identity?.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadFacilitated(ct);
        var command = new ScheduleJointReflectionSession(ProgrammeIds, Title, StartsAt, LengthMinutes, Location, Facilitator, ReflectionPage.Lines(Invitees))
        {
            InviteePersonIds = InviteePersonIds,
        };
        Answer = await PageCommands.Run(session, () => ScheduleJointReflectionSessionEndpoint.Execute(command, session, clock, HttpContext), ct);
        if (!Answer.Accepted) return Page();
        Saved.Tell(TempData, "De gezamenlijke sessie is gepland; de genodigden krijgen een uitnodiging.");
        return Redirect($"/reflectie/gezamenlijk/{Answer.CreatedId}");
    }

    /// <summary>Only programmes in which this person may plan reflection are offered.</summary>
    private async Task LoadFacilitated(CancellationToken ct)
    {
        var personId = User.PersonIdOf()!.Value;
        var memberships = await session.Query<ProgrammeMembers>().Where(p => p.Members.Any(m => m.PersonId == personId)).ToListAsync(ct);
        var ids = memberships.Where(p => p.Find(personId) is { } m && Rights.Allows(m.Role, Right.PlanReflection)).Select(p => p.Id).ToList();
        var programmes = await session.LoadManyAsync<ProgrammeOverview>(ct, ids);
        Facilitated = programmes.Where(p => p.Phase != ProgrammePhase.Beeindigd).Select(p => (p.Id, p.Name)).OrderBy(p => p.Name).ToList();
        Members = await ProgrammePeople.Of(session, Facilitated.Select(p => p.Id), ct);
    }
}
