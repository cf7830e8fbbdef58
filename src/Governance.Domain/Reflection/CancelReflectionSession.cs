using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Reflection;

/// <summary>
/// Call a session off, with the reason: the sources warn that "urgent gaat voor belangrijk (reflectie)"
/// (004 l. 7006–7012), so the reason is kept to make that pattern visible.
/// </summary>
public sealed record CancelReflectionSession(string? Reason)
{
    public static Outcome Decide(ReflectionSession session, CancelReflectionSession command, Instant now)
    {
        var input = new Check().Required("reason", command.Reason, "De reden van annuleren", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (session.RefuseWhenCancelledOrHeld() is { } closed) return Outcome.Refuse(closed);

        return Outcome.Accept(new ReflectionSessionCancelled(session.Id, session.ProgrammeId, command.Reason!.Trim(), now));
    }
}
