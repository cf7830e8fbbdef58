using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>
/// Rec. 2: the partner shares the ambition. There is something to endorse only once the opgave is formulated
/// (<see cref="FormulateOpgave"/>: opgave, ambition, effect, kaders and ruimte), and only a partner that takes part
/// can endorse it.
/// </summary>
public sealed record EndorseOpgave(LocalDate? EndorsedOn)
{
    public static Outcome Decide(Programme programme, Guid partnerId, EndorseOpgave command, Instant now)
    {
        if (programme.UnknownPartner(partnerId) is { } unknown) return Outcome.Refuse(unknown);

        var input = new Check().Required("endorsedOn", command.EndorsedOn, "De datum van onderschrijven");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (programme.InactivePartner(partnerId) is { } inactive) return Outcome.Refuse(inactive);
        if (!programme.OpgaveIsFormulated)
            return Outcome.Refuse(Refusal.Violates("opgave.formulated",
                "De opgave is nog niet geformuleerd (opgave, ambitie, beoogd effect, kaders en ruimte); er is nog niets te onderschrijven."));

        return Outcome.Accept(new OpgaveEndorsed(programme.Id, partnerId, command.EndorsedOn!.Value, now));
    }
}
