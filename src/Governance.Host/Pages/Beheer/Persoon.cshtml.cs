using Governance.Domain.Directory;
using Governance.Host.Access;
using Governance.Host.Directory;
using Governance.Host.Web;
using Governance.Projections.Directory;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages.Beheer;

/// <summary>
/// One person of the register: correct their details (PUT /api/people/{id}) or withdraw their access
/// (POST /api/people/{id}/deactivation), through those endpoints' own methods. Withdrawing asks for a confirmation.
/// </summary>
[RequiresAdministrator]
public sealed class PersoonModel(IDocumentSession session, IClock clock) : PageModel
{
    public DirectoryPerson Person { get; private set; } = null!;
    public IReadOnlyList<DirectoryOrganisation> Organisations { get; private set; } = [];
    public CommandAnswer? Answer { get; private set; }
    public CommandAnswer? DeactivationAnswer { get; private set; }

    [BindProperty] public PersonForm Form { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid personId, CancellationToken ct)
    {
        if (!await Load(personId, ct)) return NotFound();
        Form = new PersonForm { Name = Person.Name, Email = Person.Email, OrganisationId = Person.OrganisationId, IsAdministrator = Person.IsAdministrator };
        return Page();
    }

    public async Task<IActionResult> OnPostVerbeterenAsync(Guid personId, CancellationToken ct)
    {
        if (!await Load(personId, ct)) return NotFound();
        var command = new ChangePerson(Form.Name ?? "", Form.Email ?? "", Form.OrganisationId, Form.IsAdministrator);
        Answer = await PageCommands.Run(session, () => ChangePersonEndpoints.ExecuteChange(personId, command, session, clock, ct), ct);
        if (!Answer.Accepted) return Page();
        Saved.Tell(TempData, "De gegevens zijn opgeslagen.");
        return RedirectToPage(new { personId });
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(Guid personId, CancellationToken ct)
    {
        if (!await Load(personId, ct)) return NotFound();
        Form = new PersonForm { Name = Person.Name, Email = Person.Email, OrganisationId = Person.OrganisationId, IsAdministrator = Person.IsAdministrator };
        if (!Confirmed)
        {
            DeactivationAnswer = Confirmation.Missing("bevestigd", "Vink aan dat u de toegang echt wilt intrekken.");
            return Page();
        }
        DeactivationAnswer = await PageCommands.Run(session, () => ChangePersonEndpoints.ExecuteDeactivate(personId, new DeactivatePerson(Reason ?? ""), session, clock, ct), ct);
        if (!DeactivationAnswer.Accepted) return Page();
        Saved.Tell(TempData, $"De toegang van {Person.Name} is ingetrokken.");
        return RedirectToPage(new { personId });
    }

    private async Task<bool> Load(Guid personId, CancellationToken ct)
    {
        var person = await session.LoadAsync<DirectoryPerson>(personId, ct);
        if (person is null) return false;
        Person = person;
        Organisations = await RegisterOrganisationEndpoint.List(session, ct);
        return true;
    }
}
