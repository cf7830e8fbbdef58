using Governance.Domain.Access;
using Governance.Domain.Common;
using Governance.Host.Infrastructure;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using Governance.Host.Access;
using Governance.Host.Reflection;
using Governance.Host.Reflection.Joint;
using Governance.Host.Web;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Governance.Host.Pages.Reflectie.Gezamenlijk;

/// <summary>
/// The facilitator's forms on a gezamenlijke sessie: record it held (for every covered programme alike), capture a
/// lesson in one programme's session, and mark agenda items discussed with their lessons. Each form calls the method
/// of its API endpoint; a refusal shows beside the form that was sent.
/// </summary>
[RequiresSignIn]
public sealed class BijwerkenModel(IDocumentSession session, IClock clock) : PageModel
{
    public JointReflectionSessionView Joint { get; private set; } = null!;
    public string? Posted { get; private set; }
    public CommandAnswer? Answer { get; private set; }

    /// <summary>Attendees picked from the members of the covered programmes: they may read the confidential notes.</summary>
    [BindProperty] public List<Guid> AttendingPersonIds { get; set; } = [];
    /// <summary>Attendees from outside the register, one name a line.</summary>
    [BindProperty] public string? Attendees { get; set; }
    public IReadOnlyList<Governance.Projections.Access.Member> Members { get; private set; } = [];
    /// <summary>Who was invited as a person, in any of the covered programmes' sessions.</summary>
    private IReadOnlyList<Guid> _invitedPeople = [];
    private IReadOnlyList<JointPart> _parts = [];
    [BindProperty] public List<ReflectionQuestion> Questions { get; set; } = [];
    [BindProperty] public string? Outcomes { get; set; }
    [BindProperty] public string? ConfidentialNotes { get; set; }
    [BindProperty] public Guid? LessonProgrammeId { get; set; }
    [BindProperty] public string? Lesson { get; set; }
    [BindProperty] public List<DiscussedRow> Discussed { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid jointSessionId, CancellationToken ct)
    {
        if (await Load(jointSessionId, ct) is { } refused) return refused;
        // The invitees are the expected attendees: members ticked (also those named before people were picked, by
        // their name), the rest as names from outside the register.
        var expected = Members.Where(m => _invitedPeople.Contains(m.PersonId) || Joint.Invitees.Contains(m.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        AttendingPersonIds = expected.Select(m => m.PersonId).ToList();
        Attendees = string.Join("\n", Joint.Invitees.Where(name => !expected.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))));
        return Page();
    }

    public Task<IActionResult> OnPostGehoudenAsync(Guid jointSessionId, CancellationToken ct) =>
        Carry("gehouden", jointSessionId, ct, () => RecordJointSessionHeldEndpoint.Execute(_parts,
            new RecordReflectionSessionHeld(ReflectionPage.Lines(Attendees), Questions, Outcomes, ConfidentialNotes) { AttendingPersonIds = AttendingPersonIds },
            session, clock, ct));

    /// <summary>A lesson belongs to one programme's session: the one chosen in the form.</summary>
    public Task<IActionResult> OnPostLesAsync(Guid jointSessionId, CancellationToken ct) =>
        Carry("les", jointSessionId, ct, () =>
        {
            var part = Joint.Programmes.FirstOrDefault(p => p.ProgrammeId == LessonProgrammeId);
            if (part is null)
                return Task.FromResult(Handled.Refuse(Refusal.Invalid("programmeId", "joint.lesson-programme", "Kies het programma waar de les bij hoort.")));
            return CaptureLessonEndpoint.Execute(part.ProgrammeId, part.SessionId, new CaptureLesson(Lesson), session, clock, null, ct);
        });

    public Task<IActionResult> OnPostBesprokenAsync(Guid jointSessionId, CancellationToken ct) =>
        Carry("besproken", jointSessionId, ct, () => MarkJointAgendaDiscussedEndpoint.Execute(_parts,
            new MarkAgendaDiscussed(Discussed.Where(d => d.Discussed).Select(d => new DiscussedItemInput(d.ItemId, d.Note, d.LessonIds)).ToList()),
            session, clock, ct));

    public string? ErrorOf(string form, string field) => Posted == form ? Answer?.ErrorOf(field) : null;

    private async Task<IActionResult> Carry(string form, Guid jointSessionId, CancellationToken ct, Func<Task<Handled>> useCase)
    {
        if (await Load(jointSessionId, ct) is { } refused) return refused;
        Posted = form;
        Answer = await PageCommands.Run(session, useCase, ct);
        if (!Answer.Accepted) return Page();
        Saved.Tell(TempData, form switch
        {
            "gehouden" => "Vastgelegd: de gezamenlijke sessie is gehouden.",
            "les" => "De les is vastgelegd.",
            "besproken" => "Vastgelegd welke agendapunten besproken zijn.",
            _ => "Opgeslagen.",
        });
        return Redirect($"/reflectie/gezamenlijk/{jointSessionId}");
    }

    private async Task<IActionResult?> Load(Guid jointSessionId, CancellationToken ct)
    {
        var (parts, refused) = await JointSessions.WithRightInEvery(HttpContext, session, jointSessionId, Right.PlanReflection, ct);
        if (refused is not null) return JointPage.Refusal(refused);
        Joint = (await JointPage.Load(HttpContext, session, jointSessionId, ct))!;
        Members = await ProgrammePeople.Of(session, parts.Select(p => p.ProgrammeId), ct);
        _invitedPeople = parts.SelectMany(p => p.Session.InviteePersonIds).Distinct().ToList();
        _parts = parts;
        return null;
    }
}
