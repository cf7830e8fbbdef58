using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Decisions;

/// <summary>A proposed decision (conceptbesluit) is taken, on a date.</summary>
public sealed record TakeDecision(LocalDate? DecidedOn)
{
    public static Outcome Decide(Decision decision, Programme programme, TakeDecision command, Instant now)
    {
        var input = new Check()
            .Required("decidedOn", command.DecidedOn, "De datum van het besluit")
            .That(command.DecidedOn is null || command.DecidedOn >= decision.DecidedOn, "decidedOn",
                "decision.taken-after-proposal", "Kies als datum van het besluit de dag waarop het werd voorgesteld of later.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(Decision.ProgrammeEnded());
        if (decision.RefuseWhenClosed() is { } closed) return Outcome.Refuse(closed);
        if (decision.Status != DecisionStatus.Proposed)
            return Outcome.Refuse(Refusal.Violates("decision.take-only-proposed", "Dit besluit is al genomen; u hoeft niets meer te doen."));

        return Outcome.Accept(new DecisionTaken(decision.Id, decision.ProgrammeId, command.DecidedOn!.Value, now));
    }
}
