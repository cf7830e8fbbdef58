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
            .Required("reviewedOn", command.ReviewedOn, "De datum van de herbeoordeling")
            .Required("conclusion", command.Conclusion, "De conclusie", TextLimits.Long)
            .That(command.ReviewedOn is null || command.ReviewedOn >= decision.DecidedOn, "reviewedOn",
                "decision.reviewed-after-decision", "Kies voor de herbeoordeling de datum van het besluit of later.")
            .That(command.ReviewedOn is null || command.ReviewedOn <= today, "reviewedOn",
                "decision.reviewed-not-in-future", "Kies voor de herbeoordeling vandaag of een eerdere dag.")
            .That(command.NextReviewOn is null || command.ReviewedOn is null || command.NextReviewOn > command.ReviewedOn,
                "nextReviewOn", "decision.next-review-after-review", "Kies een volgende herbeoordelingsdatum na deze herbeoordeling.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(Decision.ProgrammeEnded());
        if (decision.RefuseWhenClosed() is { } closed) return Outcome.Refuse(closed);
        if (decision.Status == DecisionStatus.Proposed)
            return Outcome.Refuse(Refusal.Violates("decision.review-taken-only",
                "Dit besluit is nog voorgesteld. Leg eerst vast dat het is genomen; daarna kunt u het herbeoordelen."));

        return Outcome.Accept(new DecisionReviewed(decision.Id, decision.ProgrammeId, command.ReviewedOn!.Value,
            command.Conclusion!.Trim(), command.NextReviewOn, now));
    }
}
