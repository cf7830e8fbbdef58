using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Decisions;

/// <summary>Withdraw a decision, with the reason: the record stays, marked as withdrawn.</summary>
public sealed record WithdrawDecision(string? Reason)
{
    public static Outcome Decide(Decision decision, Programme programme, WithdrawDecision command, Instant now)
    {
        var input = new Check().Required("reason", command.Reason, "De reden van intrekking", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(Decision.ProgrammeEnded());
        if (decision.RefuseWhenClosed() is { } closed) return Outcome.Refuse(closed);

        return Outcome.Accept(new DecisionWithdrawn(decision.Id, decision.ProgrammeId, command.Reason!.Trim(), now));
    }
}
