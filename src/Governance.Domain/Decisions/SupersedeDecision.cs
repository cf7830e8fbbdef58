using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Decisions;

/// <summary>A later decision of the same programme replaces this one.</summary>
public sealed record SupersedeDecision(Guid? SupersededByDecisionId)
{
    /// <param name="superseding">The state of the decision named in the command, or null when there is none.</param>
    public static Outcome Decide(Decision decision, Decision? superseding, Programme programme, SupersedeDecision command, Instant now)
    {
        var input = new Check()
            .Required("supersededByDecisionId", command.SupersededByDecisionId, "Het besluit dat dit besluit vervangt")
            .That(command.SupersededByDecisionId != decision.Id, "supersededByDecisionId", "decision.supersede-by-other",
                "Kies een ander besluit als vervanger.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(Decision.ProgrammeEnded());
        if (decision.RefuseWhenClosed() is { } closed) return Outcome.Refuse(closed);
        if (superseding is null || superseding.ProgrammeId != decision.ProgrammeId)
            return Outcome.Refuse(Refusal.Violates("decision.superseding-exists",
                "Kies een vervangend besluit uit dit programma."));
        if (superseding.Withdrawn)
            return Outcome.Refuse(Refusal.Violates("decision.superseding-not-withdrawn",
                "Het gekozen besluit is ingetrokken; kies een besluit dat niet is ingetrokken."));
        if (superseding.DecidedOn < decision.DecidedOn)
            return Outcome.Refuse(Refusal.Violates("decision.superseding-later",
                "Kies een vervangend besluit dat op of na de datum van dit besluit is genomen."));

        return Outcome.Accept(new DecisionSuperseded(decision.Id, decision.ProgrammeId, superseding.Id, now));
    }
}
