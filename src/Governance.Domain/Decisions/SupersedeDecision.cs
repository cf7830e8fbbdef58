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
                "Een besluit kan niet door zichzelf worden vervangen.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(Decision.ProgrammeEnded());
        if (decision.RefuseWhenClosed() is { } closed) return Outcome.Refuse(closed);
        if (superseding is null || superseding.ProgrammeId != decision.ProgrammeId)
            return Outcome.Refuse(Refusal.Violates("decision.superseding-exists",
                "Het vervangende besluit bestaat niet in dit programma."));
        if (superseding.Withdrawn)
            return Outcome.Refuse(Refusal.Violates("decision.superseding-not-withdrawn",
                "Het vervangende besluit is ingetrokken en kan dit besluit dus niet vervangen."));
        if (superseding.DecidedOn < decision.DecidedOn)
            return Outcome.Refuse(Refusal.Violates("decision.superseding-later",
                "Het vervangende besluit moet op of na de datum van dit besluit zijn genomen."));

        return Outcome.Accept(new DecisionSuperseded(decision.Id, decision.ProgrammeId, superseding.Id, now));
    }
}
