using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Care;

/// <summary>
/// The body or person a tension was escalated to answered. Until then the escalation waits, and a waiting
/// escalation is negative evidence for doorzettingskracht (rec. 5) and for handling tension (rec. 8). An answer is
/// not a resolution: the tension may stay open, but the one who could decide has spoken.
/// </summary>
public sealed record AnswerEscalation(string Answer, LocalDate? AnsweredOn)
{
    public static Outcome Decide(Programme programme, Guid tensionId, AnswerEscalation command, Instant now)
    {
        if (!programme.Tensions.TryGetValue(tensionId, out var status)) return Outcome.Refuse(TensionRules.Unknown);

        var input = new Check()
            .Required("answer", command.Answer, "Het antwoord", TextLimits.Long)
            .Required("answeredOn", command.AnsweredOn, "De datum")
            .That(command.AnsweredOn is not { } on || on <= AmsterdamTime.Today(now), "answeredOn",
                "tension.answered-not-in-future", "Kies als datum van het antwoord vandaag of een eerdere dag.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (status != TensionStatus.Escalated)
            return Outcome.Refuse(Refusal.Violates("tension.escalation-waiting",
                "Deze spanning wacht niet op een antwoord: ze is niet opgeschaald, al beantwoord of al opgelost."));

        return Outcome.Accept(new EscalationAnswered(programme.Id, tensionId, command.Answer.Trim(), command.AnsweredOn!.Value, now));
    }
}
