using Governance.Domain.Directory;
using Governance.Domain.Partners;
using Governance.Host.Access;
using Governance.Host.Directory;
using Governance.Host.Web;
using Governance.Projections.Directory;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages.Beheer;

/// <summary>The organisations of the register, and registering one through POST /api/organisations' own endpoint.</summary>
[RequiresAdministrator]
public sealed class OrganisatiesModel(IDocumentSession session, IClock clock) : PageModel
{
    public IReadOnlyList<DirectoryOrganisation> Organisations { get; private set; } = [];
    public IReadOnlyDictionary<Guid, int> PeopleIn { get; private set; } = new Dictionary<Guid, int>();
    public CommandAnswer? Answer { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public Bestuurslaag? Layer { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Answer = await PageCommands.Run(session, () => RegisterOrganisationEndpoint.Execute(new RegisterOrganisation(Name ?? "", Layer), session, clock, ct), ct);
        if (Answer.Accepted)
        {
            Saved.Tell(TempData, $"Organisatie {Name?.Trim()} is geregistreerd.");
            return RedirectToPage();
        }
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        Organisations = await RegisterOrganisationEndpoint.List(session, ct);
        PeopleIn = (await session.Query<DirectoryPerson>().Where(p => p.Active).ToListAsync(ct))
            .GroupBy(p => p.OrganisationId).ToDictionary(g => g.Key, g => g.Count());
    }
}
