using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>A partner leaves the programme. Its history (positions, mandates, goals) stays on record.</summary>
public sealed record RecordPartnerDeparture(LocalDate? LeftOn, string Reason)
{
    public static Outcome Decide(Programme programme, Guid partnerId, RecordPartnerDeparture command, Instant now)
    {
        if (programme.UnknownPartner(partnerId) is { } unknown) return Outcome.Refuse(unknown);

        var input = new Check()
            .Required("leftOn", command.LeftOn, "De datum van vertrek")
            .Required("reason", command.Reason, "De reden", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (programme.InactivePartner(partnerId) is { } inactive) return Outcome.Refuse(inactive);

        return Outcome.Accept(new PartnerLeft(programme.Id, partnerId, command.LeftOn!.Value, command.Reason.Trim(), now));
    }
}
