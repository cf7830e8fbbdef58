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
using NodaTime.Text;
using Governance.Host.Infrastructure;

namespace Governance.Host.Pages.Reflectie;

/// <summary>
/// The facilitator's forms on one session: move, cancel with a reason, record it held (attendees, the seven
/// questions, outcomes, confidential notes), lessons, follow-up actions, and which agenda items were discussed. Each
/// form calls the method of its API endpoint; a refusal shows beside the fields of the form that was sent.
/// </summary>
[RequiresRight(Right.PlanReflection)]
public sealed class BijwerkenModel(IDocumentSession session, IClock clock) : PageModel
{
    public string ProgrammeName { get; private set; } = "";
    public ReflectionSessionView Session { get; private set; } = null!;
    /// <summary>Which form was sent, and what the command answered.</summary>
    public string? Posted { get; private set; }
    public CommandAnswer? Answer { get; private set; }

    [BindProperty] public string? MoveStartsAt { get; set; }
    [BindProperty] public int? MoveLengthMinutes { get; set; }
    [BindProperty] public string? MoveLocation { get; set; }
    [BindProperty] public string? MoveReason { get; set; }
    [BindProperty] public string? CancelReason { get; set; }
    /// <summary>Attendees picked from the programme's members: they may read the confidential notes.</summary>
    [BindProperty] public List<Guid> AttendingPersonIds { get; set; } = [];
    /// <summary>Attendees from outside the register, one name a line.</summary>
    [BindProperty] public string? Attendees { get; set; }
    [BindProperty] public List<ReflectionQuestion> Questions { get; set; } = [];
    [BindProperty] public string? Outcomes { get; set; }
    [BindProperty] public string? ConfidentialNotes { get; set; }
    [BindProperty] public string? Lesson { get; set; }
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public Guid? OwnerPersonId { get; set; }
    /// <summary>The owner's name when they are not a member of the programme.</summary>
    [BindProperty] public string? Owner { get; set; }
    public IReadOnlyList<Governance.Projections.Access.Member> Members { get; private set; } = [];
    [BindProperty] public string? DueOn { get; set; }
    [BindProperty] public List<DiscussedRow> Discussed { get; set; } = [];
    /// <summary>The ticked confirmation a cancellation needs (partial _Bevestigen).</summary>
    [BindProperty] public bool Confirmed { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        if (!await Load(programmeId, sessionId, ct)) return NotFound();
        MoveStartsAt = ReflectionPage.LocalInput(Session.Start);
        MoveLengthMinutes = (int)Session.Length.TotalMinutes;
        MoveLocation = Session.Location;
        // The invitees are the expected attendees: members ticked (also those named before people were picked, by
        // their name), the rest as names from outside the register.
        var expected = Members.Where(m => Session.InviteePersonIds.Contains(m.PersonId)
            || Session.Invitees.Contains(m.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        AttendingPersonIds = expected.Select(m => m.PersonId).ToList();
        Attendees = string.Join("\n", Session.Invitees.Where(name => !expected.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))));
        return Page();
    }

    public Task<IActionResult> OnPostVerplaatsenAsync(Guid programmeId, Guid sessionId, CancellationToken ct) =>
        Carry("verplaatsen", programmeId, sessionId, ct, () => RescheduleReflectionSessionEndpoint.Execute(programmeId, sessionId,
            new RescheduleReflectionSession(MoveStartsAt, MoveLengthMinutes, MoveLocation, MoveReason), session, clock, null, ct));

    public async Task<IActionResult> OnPostAnnulerenAsync(Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        if (!Confirmed)
        {
            if (!await Load(programmeId, sessionId, ct)) return NotFound();
            Posted = "annuleren";
            Answer = Confirmation.Missing("bevestigd", "Vink aan dat u de sessie echt wilt annuleren.");
            return Page();
        }
        return await Carry("annuleren", programmeId, sessionId, ct, () => CancelReflectionSessionEndpoint.Execute(programmeId, sessionId,
            new CancelReflectionSession(CancelReason), session, clock, null, ct));
    }

    public Task<IActionResult> OnPostGehoudenAsync(Guid programmeId, Guid sessionId, CancellationToken ct) =>
        Carry("gehouden", programmeId, sessionId, ct, () => RecordReflectionSessionHeldEndpoint.Execute(programmeId, sessionId,
            new RecordReflectionSessionHeld(ReflectionPage.Lines(Attendees), Questions, Outcomes, ConfidentialNotes) { AttendingPersonIds = AttendingPersonIds },
            session, clock, null, ct));

    public Task<IActionResult> OnPostLesAsync(Guid programmeId, Guid sessionId, CancellationToken ct) =>
        Carry("les", programmeId, sessionId, ct, () => CaptureLessonEndpoint.Execute(programmeId, sessionId,
            new CaptureLesson(Lesson), session, clock, null, ct));

    public Task<IActionResult> OnPostActieAsync(Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        // An unreadable date is no date: the domain then asks for one, beside the field.
        IsoDate.TryRead(DueOn, out var due);
        return Carry("actie", programmeId, sessionId, ct, () => AgreeFollowUpActionEndpoint.Execute(programmeId, sessionId,
            new AgreeFollowUpAction(Action, Owner, due) { OwnerPersonId = OwnerPersonId }, session, clock, null, ct));
    }

    public Task<IActionResult> OnPostBesprokenAsync(Guid programmeId, Guid sessionId, CancellationToken ct) =>
        Carry("besproken", programmeId, sessionId, ct, () => AgendaEndpoints.ExecuteDiscussed(programmeId, sessionId,
            new MarkAgendaDiscussed(Discussed.Where(d => d.Discussed)
                .Select(d => new DiscussedItemInput(d.ItemId, d.Note, d.LessonIds)).ToList()), session, clock, null, ct));

    public string? ErrorOf(string form, string field) => Posted == form ? Answer?.ErrorOf(field) : null;

    /// <summary>Where the error summary's links go when a form's field ids are not the API's field names.</summary>
    public IReadOnlyDictionary<string, string> FieldIdsOf(string form) => form switch
    {
        "annuleren" => new Dictionary<string, string> { ["reason"] = "cancelReason", ["bevestigd"] = "annuleren-bevestigd" },
        "verplaatsen" => new Dictionary<string, string> { ["reason"] = "moveReason" },
        _ => new Dictionary<string, string>(),
    };

    /// <summary>What the session page says after each kind of save.</summary>
    private static string SavedMessage(string form) => form switch
    {
        "verplaatsen" => "De sessie is verplaatst; de genodigden krijgen een nieuwe uitnodiging.",
        "annuleren" => "De sessie is geannuleerd; de genodigden krijgen daarvan bericht.",
        "gehouden" => "Vastgelegd: de sessie is gehouden.",
        "les" => "De les is vastgelegd.",
        "actie" => "De vervolgactie is vastgelegd.",
        "besproken" => "Vastgelegd welke agendapunten besproken zijn.",
        _ => "Opgeslagen.",
    };

    private async Task<IActionResult> Carry(string form, Guid programmeId, Guid sessionId, CancellationToken ct, Func<Task<Handled>> useCase)
    {
        if (!await Load(programmeId, sessionId, ct)) return NotFound();
        Posted = form;
        Answer = await PageCommands.Run(session, useCase, ct);
        if (!Answer.Accepted) return Page();
        Saved.Tell(TempData, SavedMessage(form));
        return Redirect($"/programmas/{programmeId}/reflectie/{sessionId}");
    }

    private async Task<bool> Load(Guid programmeId, Guid sessionId, CancellationToken ct)
    {
        var loaded = await ReflectionPage.Load(HttpContext, session, programmeId, sessionId, ct);
        if (loaded is null) return false;
        (ProgrammeName, Session) = loaded.Value;
        Members = await ProgrammePeople.Of(session, programmeId, ct);
        return true;
    }
}

/// <summary>One agenda item in the "besproken" form: ticked, a note, the lessons it led to.</summary>
public sealed class DiscussedRow
{
    public Guid ItemId { get; set; }
    public bool Discussed { get; set; }
    public string? Note { get; set; }
    public List<Guid> LessonIds { get; set; } = [];
}
