using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Care;

/// <summary>The standing lived-experience arrangement ended, once, on or after it was established and not in the future.</summary>
public sealed record EndLivedExperienceArrangement(string Reason, LocalDate? EndedOn)
{
    public static Outcome Decide(Programme programme, Guid arrangementId, EndLivedExperienceArrangement command, Instant now)
    {
        if (!programme.Arrangements.TryGetValue(arrangementId, out var arrangement))
            return Outcome.Refuse(Refusal.NotFound("arrangement.exists", "Groep", "Deze groep bestaat niet in dit programma."));

        var input = new Check()
            .Required("reason", command.Reason, "De reden", TextLimits.Long)
            .Required("endedOn", command.EndedOn, "De datum")
            .That(command.EndedOn is not { } on || on >= arrangement.EstablishedOn, "endedOn",
                "arrangement.ended-after-established", "Kies als einde de dag waarop de groep is ingericht of een latere dag.")
            .That(command.EndedOn is not { } day || day <= AmsterdamTime.Today(now), "endedOn",
                "arrangement.not-in-future", "Kies als einde vandaag of een eerdere dag.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (arrangement.Ended)
            return Outcome.Refuse(Refusal.Violates("arrangement.ended-once", "Deze groep is al beëindigd."));

        return Outcome.Accept(new LivedExperienceArrangementEnded(programme.Id, arrangementId, command.Reason.Trim(), command.EndedOn!.Value, now));
    }
}
