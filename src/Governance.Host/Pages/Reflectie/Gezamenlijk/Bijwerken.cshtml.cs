using Governance.Domain.Access;
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

    [BindProperty] public string? Attendees { get; set; }
    [BindProperty] public List<ReflectionQuestion> Questions { get; set; } = [];
    [BindProperty] public string? Outcomes { get; set; }
    [BindProperty] public string? ConfidentialNotes { get; set; }
    [BindProperty] public Guid? LessonProgrammeId { get; set; }
    [BindProperty] public string? Lesson { get; set; }
    [BindProperty] public List<DiscussedRow> Discussed { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid jointSessionId, CancellationToken ct)
    {
        if (await Load(jointSessionId, ct) is { } refused) return refused;
        Attendees = string.Join("\n", Joint.Invitees);
        return Page();
    }

    public Task<IActionResult> OnPostGehoudenAsync(Guid jointSessionId, CancellationToken ct) =>
        Carry("gehouden", jointSessionId, ct, () => RecordJointSessionHeldEndpoint.Post(jointSessionId,
            new RecordReflectionSessionHeld(ReflectionPage.Lines(Attendees), Questions, Outcomes, ConfidentialNotes), session, clock, HttpContext));

    /// <summary>A lesson belongs to one programme's session: the one chosen in the form.</summary>
    public Task<IActionResult> OnPostLesAsync(Guid jointSessionId, CancellationToken ct) =>
        Carry("les", jointSessionId, ct, () =>
        {
            var part = Joint.Programmes.FirstOrDefault(p => p.ProgrammeId == LessonProgrammeId);
            if (part is null)
                return Task.FromResult(Results.ValidationProblem(new Dictionary<string, string[]> { ["programmeId"] = ["Kies het programma waar de les bij hoort."] }));
            return CaptureLessonEndpoint.Post(part.ProgrammeId, part.SessionId, new CaptureLesson(Lesson), session, clock, HttpContext);
        });

    public Task<IActionResult> OnPostBesprokenAsync(Guid jointSessionId, CancellationToken ct) =>
        Carry("besproken", jointSessionId, ct, () => MarkJointAgendaDiscussedEndpoint.Post(jointSessionId,
            new MarkAgendaDiscussed(Discussed.Where(d => d.Discussed).Select(d => new DiscussedItemInput(d.ItemId, d.Note, d.LessonIds)).ToList()),
            session, clock, HttpContext));

    public string? ErrorOf(string form, string field) => Posted == form ? Answer?.ErrorOf(field) : null;

    private async Task<IActionResult> Carry(string form, Guid jointSessionId, CancellationToken ct, Func<Task<IResult>> endpoint)
    {
        if (await Load(jointSessionId, ct) is { } refused) return refused;
        Posted = form;
        Answer = await PageCommands.Run(session, endpoint, ct);
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
        var (_, refused) = await JointSessions.WithRightInEvery(HttpContext, session, jointSessionId, Right.PlanReflection, ct);
        if (refused is not null) return JointPage.Refusal(refused);
        Joint = (await JointPage.Load(HttpContext, session, jointSessionId, ct))!;
        return null;
    }
}
