using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>
/// Rec. 2: which interest of its own the partner serves through the programme, and what it contributes. Recording
/// it again replaces the earlier statement.
/// </summary>
public sealed record RecordPartnerInterest(string Interest, string Contribution)
{
    public static Outcome Decide(Programme programme, Guid partnerId, RecordPartnerInterest command, Instant now)
    {
        if (programme.UnknownPartner(partnerId) is { } unknown) return Outcome.Refuse(unknown);

        var input = new Check()
            .Required("interest", command.Interest, "Het belang", TextLimits.Long)
            .Required("contribution", command.Contribution, "De bijdrage", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (programme.InactivePartner(partnerId) is { } inactive) return Outcome.Refuse(inactive);

        return Outcome.Accept(new PartnerInterestRecorded(programme.Id, partnerId, command.Interest.Trim(), command.Contribution.Trim(), now));
    }
}
