using Governance.Domain.Access;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using Governance.Host.Access;
using Governance.Host.Reflection;
using Governance.Host.Infrastructure;
using Governance.Host.Web;
using Governance.Projections.Reflection;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages.Reflectie;

/// <summary>
/// The verslag of a held session on one page, filled in one go by the procesbegeleider: who was there, which
/// reflection questions came up, the outcomes, the agenda items discussed (each with a note and the lesson it gave),
/// further lessons and the follow-up actions. It replaces four round trips through "bijwerken" and goes through the
/// same use cases, in the order the domain needs them: held first (refused → nothing is saved), then the lessons
/// (so an agenda item can be linked to its lesson), the items discussed, and the actions. If a later part is refused,
/// what went through stays saved, and the page shows that part again with its error and what was typed.
/// </summary>
[RequiresRight(Right.PlanReflection)]
public sealed class VerslagModel(IDocumentSession session, IClock clock) : PageModel
{
    /// <summary>Without JavaScript a fixed number of free rows; empty rows are left out.</summary>
    public const int LessonRows = 3, ActionRows = 3;

    public string ProgrammeName { get; private set; } = "";
    public ReflectionSessionView Session { get; private set; } = null!;
    public IReadOnlyList<Governance.Projections.Access.Member> Members { get; private set; } = [];
    public CommandAnswer? Answer { get; private set; }
    /// <summary>Set when some parts were saved and others refused: the page says which.</summary>
    public bool PartlySaved { get; private set; }

    [BindProperty] public List<Guid> AttendingPersonIds { get; set; } = [];
    [BindProperty] public string? Attendees { get; set; }
    [BindProperty] public List<ReflectionQuestion> Questions { get; set; } = [];
    [BindProperty] public string? Outcomes { get; set; }
    [BindProperty] public string? ConfidentialNotes { get; set; }
    [BindProperty] public List<ReportItem> Items { get; set; } = [];
    [BindProperty] public List<string?> Lessons { get; set; } = [];
    [BindProperty] public List<ReportAction> Actions { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        if (!await Load(programmeId, sessionId, ct)) return NotFound();
        // The invitees are the expected attendees (as on "bijwerken").
        var expected = Members.Where(m => Session.InviteePersonIds.Contains(m.PersonId)
            || Session.Invitees.Contains(m.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        AttendingPersonIds = expected.Select(m => m.PersonId).ToList();
        Attendees = string.Join("\n", Session.Invitees.Where(name => !expected.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        if (!await Load(programmeId, sessionId, ct)) return NotFound();
        if (Session.Status == ReflectionSessionStatus.Cancelled) return Page();

        if (Session.Status == ReflectionSessionStatus.Scheduled)
        {
            var held = await PageCommands.Run(session, () => RecordReflectionSessionHeldEndpoint.Execute(programmeId, sessionId,
                new RecordReflectionSessionHeld(ReflectionPage.Lines(Attendees), Questions, Outcomes, ConfidentialNotes) { AttendingPersonIds = AttendingPersonIds },
                session, clock, null, ct), ct);
            if (!held.Accepted) { Answer = held; return Page(); }
        }

        var errors = new Dictionary<string, string>();
        async Task<CommandAnswer> Run(Func<Task<Handled>> useCase) => await PageCommands.Run(session, useCase, ct);
        string MessageOf(CommandAnswer answer, string field) => answer.ErrorOf(field) ?? answer.Message ?? "Dit kon niet worden opgeslagen.";

        // Lessons first: an agenda item discussed links to the lesson written beside it.
        var itemLessons = new Dictionary<Guid, Guid>();
        foreach (var item in Items.Where(i => !string.IsNullOrWhiteSpace(i.Lesson)))
        {
            var answer = await Run(() => CaptureLessonEndpoint.Execute(programmeId, sessionId, new CaptureLesson(item.Lesson), session, clock, null, ct));
            if (answer.Accepted) { itemLessons[item.ItemId] = answer.CreatedId!.Value; item.Lesson = null; }
            else errors[$"punt-{Items.IndexOf(item) + 1}-les"] = MessageOf(answer, "lesson");
        }
        for (var i = 0; i < Lessons.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Lessons[i])) continue;
            var answer = await Run(() => CaptureLessonEndpoint.Execute(programmeId, sessionId, new CaptureLesson(Lessons[i]), session, clock, null, ct));
            if (answer.Accepted) Lessons[i] = null;
            else errors[$"les-{i + 1}"] = MessageOf(answer, "lesson");
        }

        var discussed = Items.Where(i => i.Discussed).ToList();
        if (discussed.Count > 0)
        {
            var answer = await Run(() => AgendaEndpoints.ExecuteDiscussed(programmeId, sessionId, new MarkAgendaDiscussed(discussed
                .Select(i => new DiscussedItemInput(i.ItemId, i.Note, itemLessons.TryGetValue(i.ItemId, out var lesson) ? [lesson] : [])).ToList()),
                session, clock, null, ct));
            if (!answer.Accepted) errors["punt-1-besproken"] = MessageOf(answer, "items");
        }

        for (var i = 0; i < Actions.Count; i++)
        {
            var row = Actions[i];
            if (row.IsEmpty) continue;
            // An unreadable date is no date: the domain then asks for one, beside the field.
            IsoDate.TryRead(row.DueOn, out var due);
            var answer = await Run(() => AgreeFollowUpActionEndpoint.Execute(programmeId, sessionId,
                new AgreeFollowUpAction(row.Action, row.Owner, due) { OwnerPersonId = row.OwnerPersonId }, session, clock, null, ct));
            if (answer.Accepted) { Actions[i] = new ReportAction(); continue; }
            foreach (var (field, message) in answer.Errors)
                errors[$"actie-{i + 1}-" + field switch { "owner" or "ownerPersonId" => "eigenaar", "dueOn" => "uiterlijk", _ => "actie" }] = message;
            if (answer.Errors.Count == 0) errors[$"actie-{i + 1}-actie"] = MessageOf(answer, "action");
        }

        if (errors.Count == 0)
        {
            Saved.Tell(TempData, "Het verslag is vastgelegd.");
            return Redirect($"/programmas/{programmeId}/reflectie/{sessionId}");
        }
        await Load(programmeId, sessionId, ct);
        PartlySaved = true;
        Answer = new CommandAnswer(false, null, errors,
            "De sessie is als gehouden vastgelegd, met alles zonder fout. Pas de gemarkeerde velden aan en leg de rest vast.");
        return Page();
    }

    public string? ErrorOf(string field) => Answer?.ErrorOf(field);

    private async Task<bool> Load(Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        var loaded = await ReflectionPage.Load(HttpContext, session, programmeId, sessionId, ct);
        if (loaded is null) return false;
        (ProgrammeName, Session) = loaded.Value;
        Members = await ProgrammePeople.Of(session, programmeId, ct);
        // One row per agenda item not yet marked discussed (what was typed stays), and the free rows.
        var posted = Items.ToDictionary(i => i.ItemId);
        Items = Session.Agenda.Select(a => posted.GetValueOrDefault(a.ItemId) ?? new ReportItem { ItemId = a.ItemId, Discussed = a.Discussed, Note = a.Note }).ToList();
        while (Lessons.Count < LessonRows) Lessons.Add(null);
        while (Actions.Count < ActionRows) Actions.Add(new ReportAction());
        return true;
    }
}

public sealed class ReportItem
{
    public Guid ItemId { get; set; }
    public bool Discussed { get; set; }
    public string? Note { get; set; }
    /// <summary>The lesson this item gave, captured and linked to it.</summary>
    public string? Lesson { get; set; }
}

public sealed class ReportAction
{
    public string? Action { get; set; }
    public Guid? OwnerPersonId { get; set; }
    public string? Owner { get; set; }
    public string? DueOn { get; set; }
    public bool IsEmpty => string.IsNullOrWhiteSpace(Action) && OwnerPersonId is null && string.IsNullOrWhiteSpace(Owner) && string.IsNullOrWhiteSpace(DueOn);
}
