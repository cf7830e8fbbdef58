using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Reflection;

/// <summary>
/// Schedule a reflection session (rec. 9: "regelmatige momenten van reflectie"): a title, a start in local Dutch
/// time, a length, where (a room or a link), who facilitates and who is invited.
/// </summary>
public sealed record ScheduleReflectionSession(
    string? Title,
    string? StartsAt,
    int? LengthMinutes,
    string? Location,
    string? Facilitator,
    IReadOnlyList<string>? Invitees)
{
    /// <summary>Invitees who are people in the directory (optional): they receive the calendar invitation.</summary>
    public IReadOnlyList<Guid>? InviteePersonIds { get; init; }

    public const int MaxInvitees = 100;

    public static Outcome Decide(Programme programme, Guid sessionId, ScheduleReflectionSession command, Instant now)
    {
        var invitees = command.Invitees ?? [];
        // In the order of the form's fields: the error summary lists them as they are checked.
        var input = new Check().Required("title", command.Title, "De titel");
        var start = SessionTime.Check(input, command.StartsAt, command.LengthMinutes, now);
        input
            .Required("location", command.Location, "De locatie of link", TextLimits.Long)
            .Required("facilitator", command.Facilitator, "De begeleider")
            .That((command.InviteePersonIds ?? []).Count <= MaxInvitees, "inviteePersonIds", "input.too-many", $"Nodig maximaal {MaxInvitees} mensen uit.")
            .That(invitees.Count <= MaxInvitees, "invitees", "input.too-many", $"Nodig maximaal {MaxInvitees} mensen uit.")
            .That(invitees.All(i => !string.IsNullOrWhiteSpace(i) && i.Length <= TextLimits.Short), "invitees",
                "reflection.invitee-named", "Geef elke genodigde een naam van maximaal 200 tekens.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended)
            return Outcome.Refuse(Refusal.Violates("reflection.programme-ended",
                "Dit programma is beëindigd; er kunnen geen reflectiesessies meer worden gepland."));

        return Outcome.Accept(new ReflectionSessionScheduled(sessionId, programme.Id, command.Title!.Trim(), start!.Value,
            Duration.FromMinutes(command.LengthMinutes!.Value), command.Location!.Trim(), command.Facilitator!.Trim(),
            invitees.Select(i => i.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), now)
        {
            InviteePersonIds = (command.InviteePersonIds ?? []).Distinct().ToList(),
        });
    }
}
