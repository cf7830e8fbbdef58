using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>Withdraw a mandate. Decisions taken under it earlier keep it as their mandate.</summary>
public sealed record RevokeMandate(string Reason)
{
    public static Outcome Decide(Programme programme, Guid mandateId, RevokeMandate command, Instant now)
    {
        if (!programme.Mandates.TryGetValue(mandateId, out var mandate))
            return Outcome.Refuse(Refusal.NotFound("mandate.not-found", "Mandaat", $"Er is geen mandaat met id {mandateId} in dit programma."));

        var input = new Check().Required("reason", command.Reason, "De reden", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (mandate.Revoked)
            return Outcome.Refuse(Refusal.Violates("mandate.revoked", "Dit mandaat is al ingetrokken."));

        return Outcome.Accept(new MandateRevoked(programme.Id, mandateId, command.Reason.Trim(), now));
    }
}
