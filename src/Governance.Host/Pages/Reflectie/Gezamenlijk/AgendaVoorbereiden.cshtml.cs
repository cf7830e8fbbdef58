using Governance.Domain.Access;
using Governance.Domain.Reflection.Agenda;
using Governance.Domain.Reflection.Joint;
using Governance.Host.Access;
using Governance.Host.Reflection.Joint;
using Governance.Host.Web;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages.Reflectie.Gezamenlijk;

/// <summary>
/// "Agenda voorbereiden" for a gezamenlijke sessie: starts from the combined proposal (each item labelled with its
/// programme) — or from the agenda already set —, lets the facilitator keep or drop items, number their order and
/// add free items for a chosen programme, and saves through POST /api/joint-reflection-sessions/{id}/agenda.
/// </summary>
[RequiresSignIn]
public sealed class AgendaVoorbereidenModel(IDocumentSession session, IClock clock) : PageModel
{
    public const int FreeRows = 3;

    public JointReflectionSessionView Joint { get; private set; } = null!;
    public CommandAnswer? Answer { get; private set; }
    public string? ErrorOf(string field) => Answer?.ErrorOf(field);

    [BindProperty] public List<JointAgendaRow> Rows { get; set; } = [];
    [BindProperty] public List<JointAgendaRow> Free { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid jointSessionId, CancellationToken ct)
    {
        if (await Load(jointSessionId, ct) is { } refused) return refused;
        if (Joint.Agenda.Count > 0)
            Rows = Joint.Agenda.Select((item, i) => new JointAgendaRow
            {
                Keep = true, Position = i + 1, ProgrammeId = item.ProgrammeId, ProgrammeName = item.ProgrammeName,
                Kind = item.Kind, Title = item.Title, Why = item.Why, Reference = item.Reference,
            }).ToList();
        else
        {
            var proposal = PageCommands.ValueOf<IReadOnlyList<JointProposedAgendaItem>>(
                await ProposeJointAgendaEndpoint.Get(jointSessionId, session, clock, HttpContext, ct)) ?? [];
            Rows = proposal.Select((item, i) => new JointAgendaRow
            {
                Keep = true, Position = i + 1, ProgrammeId = item.ProgrammeId, ProgrammeName = item.ProgrammeName,
                Kind = item.Kind, Title = item.Title, Why = item.Why, Reference = item.Reference,
            }).ToList();
        }
        FillFreeRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid jointSessionId, CancellationToken ct)
    {
        if (await Load(jointSessionId, ct) is { } refused) return refused;
        // Kept items and filled-in free items, in the order of their numbers; equal numbers keep the page's order.
        var items = Rows.Where(r => r.Keep)
            .Concat(Free.Where(f => !string.IsNullOrWhiteSpace(f.Title) || !string.IsNullOrWhiteSpace(f.Why)).Select(f => { f.Kind = null; f.Reference = null; return f; }))
            .Select((row, index) => (row, index))
            .OrderBy(x => x.row.Position ?? int.MaxValue).ThenBy(x => x.index)
            .Select(x => new JointAgendaItemInput(x.row.ProgrammeId, x.row.Kind, x.row.Title ?? "", x.row.Why, x.row.Reference))
            .ToList();
        Answer = AgendaForm.CheckOwnItems(Free.Select(f => (f.Title, f.Why)).ToList()) ?? await PageCommands.Run(session,
            () => SetJointReflectionAgendaEndpoint.Execute(_parts, new SetJointReflectionAgenda(items), session, clock, ct), ct);
        if (Answer.Accepted)
        {
            Saved.Tell(TempData, "De agenda is opgeslagen.");
            return Redirect($"/reflectie/gezamenlijk/{jointSessionId}/agenda");
        }
        FillFreeRows();
        return Page();
    }

    private void FillFreeRows()
    {
        while (Free.Count < FreeRows) Free.Add(new JointAgendaRow());
    }

    private IReadOnlyList<JointPart> _parts = [];

    /// <summary>Only someone who is procesbegeleider in every covered programme prepares the joint agenda.</summary>
    private async Task<IActionResult?> Load(Guid jointSessionId, CancellationToken ct)
    {
        var (parts, refused) = await JointSessions.WithRightInEvery(HttpContext, session, jointSessionId, Right.PlanReflection, ct);
        if (refused is not null) return JointPage.Refusal(refused);
        _parts = parts;
        Joint = (await JointPage.Load(HttpContext, session, jointSessionId, ct))!;
        return null;
    }
}

/// <summary>One item of the joint agenda form: its programme, kept or not, its number, and what it is.</summary>
public sealed class JointAgendaRow
{
    public bool Keep { get; set; }
    public int? Position { get; set; }
    public Guid? ProgrammeId { get; set; }
    public string? ProgrammeName { get; set; }
    public AgendaItemKind? Kind { get; set; }
    public string? Title { get; set; }
    public string? Why { get; set; }
    public string? Reference { get; set; }
}
