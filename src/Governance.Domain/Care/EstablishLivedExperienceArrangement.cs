using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Care;

/// <summary>
/// Record a standing lived-experience arrangement (a spiegelgroep, a panel): it counts for rec. 7 for as long as it
/// stands, next to one-off contributions. Named as a group, never by its members: the name passes the check of rule
/// <c>care.pseudonym-only</c> (no e-mail address, phone number or BSN).
/// </summary>
public sealed record EstablishLivedExperienceArrangement(string Name, string Perspective, LocalDate? EstablishedOn)
{
    public static Outcome Decide(Programme programme, Guid arrangementId, EstablishLivedExperienceArrangement command, Instant now)
    {
        var input = new Check()
            .Required("name", command.Name, "De naam van de groep")
            .That(RecordLivedExperience.LooksLikeAPseudonym(command.Name ?? ""), "name",
                "care.pseudonym-only", "Noem de groep, niet haar leden: geen e-mailadres, telefoonnummer of BSN.")
            .Required("perspective", command.Perspective, "Wiens ervaring de groep inbrengt")
            .Required("establishedOn", command.EstablishedOn, "De datum")
            .That(command.EstablishedOn is not { } on || on <= AmsterdamTime.Today(now), "establishedOn",
                "arrangement.not-in-future", "Kies als datum van inrichten vandaag of een eerdere dag.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new LivedExperienceArrangementEstablished(programme.Id, arrangementId, command.Name!.Trim(), command.Perspective.Trim(),
            command.EstablishedOn!.Value, now));
    }
}
