using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Web;
using Governance.Projections.Access;
using Governance.Projections.Programmes;
using Governance.Projections.Directory;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages.Beheer;

/// <summary>
/// The members of one programme: give a person a role (POST …/members) or take it away (DELETE …/members/{id}),
/// through those endpoints' own methods and under their right, ManageMembers — administrators for any programme,
/// opdrachtgevers for their own; a non-member gets 404, a member without the right 403, as from the API. Who is a
/// member is shown to whoever may change it: no one can take away a role they cannot see.
/// </summary>
[RequiresRight(Right.ManageMembers)]
public sealed class LedenModel(IDocumentSession session, IClock clock) : PageModel
{
    public ProgrammeOverview Programme { get; private set; } = null!;
    public IReadOnlyList<Member> Members { get; private set; } = [];
    public IReadOnlyList<DirectoryPerson> People { get; private set; } = [];
    public CommandAnswer? Answer { get; private set; }

    [BindProperty] public MemberForm Form { get; set; } = new();
    [BindProperty] public bool Confirmed { get; set; }
    /// <summary>Posted by the confirmation step itself: an unticked box there is an error, the row's button is not.</summary>
    [BindProperty] public bool FromConfirmation { get; set; }

    /// <summary>The member whose role is about to be taken away: the page asks to confirm it first.</summary>
    public Member? ToRemove { get; private set; }
    public CommandAnswer? RemovalAnswer { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid programmeId, CancellationToken ct) =>
        await Load(programmeId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostToevoegenAsync(Guid programmeId, CancellationToken ct)
    {
        if (!await Load(programmeId, ct)) return NotFound();
        var command = new AssignMember(Form.PersonId, Form.Role, Form.PartnerId);
        Answer = await PageCommands.Run(session, () => MembersEndpoints.ExecuteAssign(programmeId, command, session, clock, null, ct), ct);
        if (!Answer.Accepted) return Page();
        var name = People.FirstOrDefault(p => p.Id == Form.PersonId)?.Name;
        Saved.Tell(TempData, $"{name} is nu {DutchLabels.Of(Form.Role!.Value).ToLower(Dutch.Culture)} in {Programme.Name}.");
        return RedirectToPage(new { programmeId });
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(Guid programmeId, Guid personId, CancellationToken ct)
    {
        if (!await Load(programmeId, ct)) return NotFound();
        var member = Members.FirstOrDefault(m => m.PersonId == personId);
        var name = member?.Name;
        // Taking a role away is destructive (the person no longer sees the programme): the row's button opens a
        // confirmation step, and only a ticked confirmation carries it out.
        if (!Confirmed && member is not null)
        {
            ToRemove = member;
            if (FromConfirmation) RemovalAnswer = Confirmation.Missing("afnemen-bevestigd", $"Vink aan dat u de rol van {member.Name} echt wilt afnemen.");
            return Page();
        }
        RemovalAnswer = await PageCommands.Run(session, () => MembersEndpoints.ExecuteRemove(programmeId, personId, session, clock, null, ct), ct);
        if (!RemovalAnswer.Accepted) return Page();
        Saved.Tell(TempData, $"{name} heeft geen rol meer in {Programme.Name}.");
        return RedirectToPage(new { programmeId });
    }

    private async Task<bool> Load(Guid programmeId, CancellationToken ct)
    {
        var programme = await session.LoadAsync<ProgrammeOverview>(programmeId, ct);
        if (programme is null) return false;
        Programme = programme;
        Members = (await session.LoadAsync<ProgrammeMembers>(programmeId, ct))?.Members
            .OrderBy(m => m.Name, StringComparer.Create(Dutch.Culture, true)).ToList() ?? [];
        People = await session.Query<DirectoryPerson>().Where(p => p.Active).OrderBy(p => p.Name).ToListAsync(ct);
        return true;
    }
}

/// <summary>What the role form posts; turned into the API's AssignMember command.</summary>
public sealed class MemberForm
{
    public Guid? PersonId { get; set; }
    public MemberRole? Role { get; set; }
    public Guid? PartnerId { get; set; }
}
