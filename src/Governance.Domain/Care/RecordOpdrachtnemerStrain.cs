using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Care;

/// <summary>
/// Record strain on the opdrachtnemer: the programme director threatened to resign ("heeft de toenmalige
/// programmadirecteur gedreigd op te stappen", 004 l. 681–687) or left (004 l. 4428–4438). The opdrachtgever
/// "bewaak[t] de kracht en gezondheid van de opdrachtnemer" (004 l. 2083–2085), so this waits for their follow-up.
/// </summary>
public sealed record RecordOpdrachtnemerStrain(OpdrachtnemerStrain? Kind, string Description, LocalDate? On)
{
    public static Outcome Decide(Programme programme, Guid strainId, RecordOpdrachtnemerStrain command, Instant now)
    {
        var input = new Check()
            .Required("kind", command.Kind, "Wat er gebeurde")
            .Required("description", command.Description, "De beschrijving", TextLimits.Long)
            .Required("on", command.On, "De datum")
            .That(command.Kind is null || Enum.IsDefined(command.Kind.Value), "kind", "input.unknown-value", "Kies wat er gebeurde.")
            .That(command.On is not { } on || on <= AmsterdamTime.Today(now), "on",
                "strain.not-in-future", "Kies als datum vandaag of een eerdere dag: leg vast wat er al gebeurd is.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new OpdrachtnemerStrainRecorded(programme.Id, strainId, command.Kind!.Value, command.Description.Trim(), command.On!.Value, now));
    }
}
