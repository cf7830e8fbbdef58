using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Care;

/// <summary>
/// The opdrachtgever's follow-up of a strain on the opdrachtnemer: what was done for the director or the team
/// (004 l. 2083–2090). Once per strain; it lies on or after the strain and not in the future.
/// </summary>
public sealed record FollowUpOpdrachtnemerStrain(string FollowUp, LocalDate? On)
{
    public static Outcome Decide(Programme programme, Guid strainId, FollowUpOpdrachtnemerStrain command, Instant now)
    {
        if (!programme.Strains.TryGetValue(strainId, out var strain))
            return Outcome.Refuse(Refusal.NotFound("strain.exists", "Spanning bij de opdrachtnemer", "Deze spanning bij de opdrachtnemer bestaat niet in dit programma."));

        var input = new Check()
            .Required("followUp", command.FollowUp, "De opvolging", TextLimits.Long)
            .Required("on", command.On, "De datum")
            .That(command.On is not { } on || on >= strain.On, "on",
                "strain.follow-up-after-strain", "Kies voor de opvolging de datum van wat er gebeurde of een latere datum.")
            .That(command.On is not { } today || today <= AmsterdamTime.Today(now), "on",
                "strain.not-in-future", "Kies voor de opvolging vandaag of een eerdere datum.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (strain.FollowedUp)
            return Outcome.Refuse(Refusal.Violates("strain.followed-up-once", "Deze spanning bij de opdrachtnemer is al opgevolgd. Speelt er opnieuw iets, leg dat dan als nieuwe spanning vast."));

        return Outcome.Accept(new OpdrachtnemerStrainFollowedUp(programme.Id, strainId, command.FollowUp.Trim(), command.On!.Value, now));
    }
}
