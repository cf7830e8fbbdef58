using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Decisions;

/// <summary>Look back at a taken decision: when, what was concluded, and optionally when to look again.</summary>
public sealed record ReviewDecision(LocalDate? ReviewedOn, string? Conclusion, LocalDate? NextReviewOn)
{
    public static Outcome Decide(Decision decision, Programme programme, ReviewDecision command, Instant now)
    {
        var today = AmsterdamTime.Today(now);
        var input = new Check()
            .Required("reviewedOn", command.ReviewedOn, "De datum van de evaluatie")
            .Required("conclusion", command.Conclusion, "De conclusie", TextLimits.Long)
            .That(command.ReviewedOn is null || command.ReviewedOn >= decision.DecidedOn, "reviewedOn",
                "decision.reviewed-after-decision", "Een evaluatie vindt plaats op of na de datum van het besluit.")
            .That(command.ReviewedOn is null || command.ReviewedOn <= today, "reviewedOn",
                "decision.reviewed-not-in-future", "Een evaluatie kan niet in de toekomst zijn gehouden.")
            .That(command.NextReviewOn is null || command.ReviewedOn is null || command.NextReviewOn > command.ReviewedOn,
                "nextReviewOn", "decision.next-review-after-review", "De volgende evaluatiedatum moet na deze evaluatie liggen.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(Decision.ProgrammeEnded());
        if (decision.RefuseWhenClosed() is { } closed) return Outcome.Refuse(closed);
        if (decision.Status == DecisionStatus.Proposed)
            return Outcome.Refuse(Refusal.Violates("decision.review-taken-only",
                "Alleen een genomen besluit kan worden geëvalueerd; dit besluit is nog voorgesteld."));

        return Outcome.Accept(new DecisionReviewed(decision.Id, decision.ProgrammeId, command.ReviewedOn!.Value,
            command.Conclusion!.Trim(), command.NextReviewOn, now));
    }
}
