using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>
/// Rec. 2: a partner withdraws its endorsement of the opgave, with its reason. Only a standing endorsement can be
/// withdrawn; from then on it no longer counts, until the partner endorses again (<see cref="EndorseOpgave"/>).
/// </summary>
public sealed record WithdrawOpgaveEndorsement(LocalDate? WithdrawnOn, string? Reason)
{
    public static Outcome Decide(Programme programme, Guid partnerId, WithdrawOpgaveEndorsement command, Instant now)
    {
        if (programme.UnknownPartner(partnerId) is { } unknown) return Outcome.Refuse(unknown);

        var endorsedOn = programme.Endorsements.TryGetValue(partnerId, out var on) ? on : (LocalDate?)null;
        var input = new Check()
            .Required("withdrawnOn", command.WithdrawnOn, "De datum van intrekken")
            .Required("reason", command.Reason, "De reden", TextLimits.Long)
            .That(command.WithdrawnOn is not { } date || date <= AmsterdamTime.Today(now), "withdrawnOn",
                "endorsement.not-in-future", "Het intrekken kan niet in de toekomst liggen.")
            .That(command.WithdrawnOn is not { } withdrawn || endorsedOn is not { } endorsed || withdrawn >= endorsed, "withdrawnOn",
                "endorsement.withdrawn-after-endorsed", $"Het intrekken ligt op of na de datum van onderschrijven ({(endorsedOn is { } e ? Health.HealthContext.Date(e) : "")}).");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (programme.InactivePartner(partnerId) is { } inactive) return Outcome.Refuse(inactive);
        if (endorsedOn is null)
            return Outcome.Refuse(Refusal.Violates("endorsement.standing",
                $"{programme.Partners[partnerId].OrganisationName} onderschrijft de opgave nu niet; er is niets in te trekken."));

        return Outcome.Accept(new OpgaveEndorsementWithdrawn(programme.Id, partnerId, command.WithdrawnOn!.Value, command.Reason!.Trim(), now));
    }
}
