using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Reflection;

/// <summary>
/// The session took place: who attended, which of the seven questions of rec. 9 were addressed (004 l. 1385–1427),
/// what came out, and optionally confidential notes (kept apart from what everyone reads).
/// The session is held on the date of its (last scheduled) start.
/// </summary>
public sealed record RecordReflectionSessionHeld(
    IReadOnlyList<string>? Attendees,
    IReadOnlyList<ReflectionQuestion>? QuestionsAddressed,
    string? Outcomes,
    string? ConfidentialNotes)
{
    public const int MaxAttendees = 100;

    /// <summary>Attendees who sign in here (directory person ids): they may read the confidential notes.</summary>
    public IReadOnlyList<Guid>? AttendingPersonIds { get; init; }

    public static Outcome Decide(ReflectionSession session, RecordReflectionSessionHeld command, Instant now)
    {
        var attendees = command.Attendees ?? [];
        var questions = command.QuestionsAddressed ?? [];
        var input = new Check()
            .That(attendees.Count > 0, "attendees", "input.required", "Noem wie er aanwezig waren.")
            .That(attendees.Count <= MaxAttendees, "attendees", "input.too-many", $"Vul maximaal {MaxAttendees} aanwezigen in.")
            .That(attendees.All(a => !string.IsNullOrWhiteSpace(a) && a.Length <= TextLimits.Short), "attendees",
                "reflection.attendee-named", "Geef elke aanwezige een naam van maximaal 200 tekens.")
            .That((command.AttendingPersonIds?.Count ?? 0) <= MaxAttendees, "attendingPersonIds", "input.too-many", $"Vul maximaal {MaxAttendees} aanwezigen in.")
            .That(questions.All(Enum.IsDefined), "questionsAddressed", "input.unknown-value", "Kies een van de zeven reflectievragen.")
            .Required("outcomes", command.Outcomes, "De opbrengst", TextLimits.Long)
            .Optional("confidentialNotes", command.ConfidentialNotes, "De vertrouwelijke aantekeningen");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (session.RefuseWhenCancelledOrHeld() is { } closed) return Outcome.Refuse(closed);
        if (now < session.Start.ToInstant())
            return Outcome.Refuse(Refusal.Violates("reflection.held-after-start",
                "Deze sessie is nog niet begonnen; leg vast dat ze is gehouden zodra ze heeft plaatsgevonden."));

        return Outcome.Accept(new ReflectionSessionHeld(session.Id, session.ProgrammeId, session.Start.Date,
            attendees.Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            questions.Distinct().Order().ToList(),
            command.Outcomes!.Trim(),
            string.IsNullOrWhiteSpace(command.ConfidentialNotes) ? null : command.ConfidentialNotes.Trim(),
            now)
        {
            AttendingPersonIds = (command.AttendingPersonIds ?? []).Distinct().ToList(),
        });
    }
}
