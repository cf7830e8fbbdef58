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

/// <summary>The people of the register, and registering one through POST /api/people's own endpoint.</summary>
[RequiresAdministrator]
public sealed class PersonenModel(IDocumentSession session, IClock clock) : PageModel
{
    /// <summary>The register, 50 people a page in name order (the whole register of a large organisation is thousands).</summary>
    public PageOfRows<DirectoryPerson> People { get; private set; } = null!;
    public IReadOnlyList<DirectoryOrganisation> Organisations { get; private set; } = [];
    public CommandAnswer? Answer { get; private set; }

    [BindProperty] public PersonForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var command = new RegisterPerson(Form.Name ?? "", Form.Email ?? "", Form.OrganisationId, Form.IsAdministrator);
        Answer = await PageCommands.Run(session, () => RegisterPersonEndpoint.Execute(command, session, clock, ct), ct);
        if (Answer.Accepted)
        {
            Saved.Tell(TempData, $"{Form.Name?.Trim()} is geregistreerd en kan zich nu aanmelden.");
            return RedirectToPage();
        }
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        People = PageOfRows.Of(await RegisterPersonEndpoint.List(session, ct), PageOfRows.Size, Request, "pagina", "lijst");
        Organisations = await RegisterOrganisationEndpoint.List(session, ct);
    }
}

/// <summary>What the person form posts (register and correct).</summary>
public sealed class PersonForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public Guid? OrganisationId { get; set; }
    public bool IsAdministrator { get; set; }
}

/// <summary>The model of the shared person fields: the form, the organisations to choose from, and the refusal.</summary>
public sealed record PersonFields(PersonForm Form, IReadOnlyList<DirectoryOrganisation> Organisations, CommandAnswer? Answer);
