using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Reflection;

/// <summary>A follow-up action agreed in a session that took place: what, who, by when.</summary>
public sealed record AgreeFollowUpAction(string? Action, string? Owner, LocalDate? DueOn)
{
    /// <summary>The owner as a person in the directory (optional): they are reminded when the action is overdue.</summary>
    public Guid? OwnerPersonId { get; init; }

    public static Outcome Decide(ReflectionSession session, Guid actionId, AgreeFollowUpAction command, Instant now)
    {
        var input = new Check()
            .Required("action", command.Action, "De actie", TextLimits.Long)
            .Required("owner", command.Owner, "De eigenaar")
            .Required("dueOn", command.DueOn, "De datum uiterlijk op")
            .That(command.DueOn is null || session.HeldOn is null || command.DueOn >= session.HeldOn, "dueOn",
                "reflection.action-due-after-session", "Kies voor uiterlijk op de dag van de sessie of later.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (session.RefuseUnlessHeld() is { } notHeld) return Outcome.Refuse(notHeld);

        return Outcome.Accept(new FollowUpActionAgreed(session.Id, session.ProgrammeId, actionId, command.Action!.Trim(),
            command.Owner!.Trim(), command.DueOn!.Value, now) { OwnerPersonId = command.OwnerPersonId });
    }
}
