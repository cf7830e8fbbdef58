using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Reflection;

/// <summary>Move a session, with the reason. Length and location stay as they were unless given.</summary>
public sealed record RescheduleReflectionSession(string? StartsAt, int? LengthMinutes, string? Location, string? Reason)
{
    public static Outcome Decide(ReflectionSession session, Programme programme, RescheduleReflectionSession command, Instant now)
    {
        var input = new Check()
            .Required("reason", command.Reason, "De reden van verplaatsen", TextLimits.Long)
            .That(command.Location is null || !string.IsNullOrWhiteSpace(command.Location), "location", "input.required",
                "Vul de locatie of link in.")
            .Optional("location", command.Location, "De locatie of link");
        var start = SessionTime.Check(input, command.StartsAt, command.LengthMinutes, now, lengthRequired: false);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended)
            return Outcome.Refuse(Refusal.Violates("reflection.programme-ended",
                "Dit programma is beëindigd; er kunnen geen reflectiesessies meer worden verzet."));
        if (session.RefuseWhenCancelledOrHeld() is { } closed) return Outcome.Refuse(closed);

        var length = command.LengthMinutes is { } minutes ? Duration.FromMinutes(minutes) : session.Length;
        return Outcome.Accept(new ReflectionSessionRescheduled(session.Id, session.ProgrammeId, start!.Value, length,
            command.Location?.Trim() ?? session.Location, command.Reason!.Trim(), now));
    }
}
