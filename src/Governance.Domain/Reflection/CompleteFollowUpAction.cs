using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Reflection;

/// <summary>A follow-up action was done, on a date.</summary>
public sealed record CompleteFollowUpAction(LocalDate? CompletedOn)
{
    public static Outcome Decide(ReflectionSession session, Guid actionId, CompleteFollowUpAction command, Instant now)
    {
        if (!session.Actions.TryGetValue(actionId, out var completed))
            return Outcome.Refuse(Refusal.NotFound("reflection.action-exists", "Vervolgactie", "Deze vervolgactie bestaat niet bij deze sessie."));

        var input = new Check()
            .Required("completedOn", command.CompletedOn, "De datum van afronding")
            .That(command.CompletedOn is null || session.HeldOn is null || command.CompletedOn >= session.HeldOn, "completedOn",
                "reflection.completed-after-session", "Kies als datum van afronden de dag van de sessie of later.")
            .That(command.CompletedOn is null || command.CompletedOn <= AmsterdamTime.Today(now), "completedOn",
                "reflection.completed-not-in-future", "Kies als datum van afronden vandaag of een eerdere dag.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (completed)
            return Outcome.Refuse(Refusal.Violates("reflection.action-already-completed", "Deze vervolgactie is al afgerond."));

        return Outcome.Accept(new FollowUpActionCompleted(session.Id, session.ProgrammeId, actionId, command.CompletedOn!.Value, now));
    }
}
