using Governance.Domain.Access;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using Governance.Host.Access;
using Governance.Host.Reflection;
using Governance.Host.Web;
using Governance.Projections.Reflection;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages.Reflectie;

/// <summary>
/// "Agenda voorbereiden" for a scheduled session: starts from the proposal of GET …/agenda-proposal
/// (AgendaProposal.For) — or from the agenda already set —, lets the facilitator keep or drop items, number their
/// order and add free items, and saves through the endpoint of POST …/agenda (SetReflectionAgenda).
/// </summary>
[RequiresRight(Right.PlanReflection)]
public sealed class AgendaVoorbereidenModel(IDocumentSession session, IClock clock) : PageModel
{
    /// <summary>Without JavaScript: a fixed number of rows for items of one's own; empty rows are left out.</summary>
    public const int FreeRows = 3;

    public string ProgrammeName { get; private set; } = "";
    public ReflectionSessionView Session { get; private set; } = null!;
    public CommandAnswer? Answer { get; private set; }
    public string? ErrorOf(string field) => Answer?.ErrorOf(field);

    [BindProperty] public List<AgendaRow> Rows { get; set; } = [];
    [BindProperty] public List<AgendaRow> Free { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        if (!await Load(programmeId, sessionId, ct)) return NotFound();
        if (Session.Agenda.Count > 0)
            Rows = Session.Agenda.Select((item, i) => new AgendaRow { Keep = true, Position = i + 1, Kind = item.Kind, Title = item.Title, Why = item.Why, Reference = item.Reference }).ToList();
        else
        {
            var proposal = PageCommands.ValueOf<IReadOnlyList<ProposedAgendaItem>>(await ProposeAgendaEndpoint.Get(programmeId, sessionId, session, clock, ct)) ?? [];
            Rows = proposal.Select((item, i) => new AgendaRow { Keep = true, Position = i + 1, Kind = item.Kind, Title = item.Title, Why = item.Why, Reference = item.Reference }).ToList();
        }
        FillFreeRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        if (!await Load(programmeId, sessionId, ct)) return NotFound();
        // Kept items and filled-in free items, in the order of their numbers; equal numbers keep the page's order.
        var items = Rows.Where(r => r.Keep)
            .Concat(Free.Where(f => !string.IsNullOrWhiteSpace(f.Title) || !string.IsNullOrWhiteSpace(f.Why)).Select(f => { f.Kind = null; return f; }))
            .Select((row, index) => (row, index))
            .OrderBy(x => x.row.Position ?? int.MaxValue).ThenBy(x => x.index)
            .Select(x => new AgendaItemInput(x.row.Kind, x.row.Title ?? "", x.row.Why, x.row.Reference))
            .ToList();
        Answer = AgendaForm.CheckOwnItems(Free.Select(f => (f.Title, f.Why)).ToList()) ?? await PageCommands.Run(session,
            () => AgendaEndpoints.ExecuteSet(programmeId, sessionId, new SetReflectionAgenda(items), session, clock, null, ct), ct);
        if (Answer.Accepted)
        {
            Saved.Tell(TempData, "De agenda is opgeslagen.");
            return Redirect($"/programmas/{programmeId}/reflectie/{sessionId}/agenda");
        }
        FillFreeRows();
        return Page();
    }

    private void FillFreeRows()
    {
        while (Free.Count < FreeRows) Free.Add(new AgendaRow());
    }

    private async Task<bool> Load(Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        var loaded = await ReflectionPage.Load(HttpContext, session, programmeId, sessionId, ct);
        if (loaded is null) return false;
        (ProgrammeName, Session) = loaded.Value;
        return true;
    }
}

/// <summary>One agenda item in the form: kept or not, its number, and what it is.</summary>
public sealed class AgendaRow
{
    public bool Keep { get; set; }
    public int? Position { get; set; }
    public AgendaItemKind? Kind { get; set; }
    public string? Title { get; set; }
    public string? Why { get; set; }
    public string? Reference { get; set; }
}
