using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// Formulate the shared starting point, or reformulate it (rec. 2: "wat is de feitelijke opgave, wat is voor deze
/// opgave de ambitie … Wat zijn de kaders, en waar zit de ruimte?"). The latest formulation is the opgave.
/// </summary>
public sealed record FormulateOpgave(string Opgave, string Ambition, string IntendedSocietalEffect, string Kaders, string Ruimte)
{
    public static Outcome Decide(Programme programme, FormulateOpgave command, Instant now)
    {
        var input = new Check()
            .Required("opgave", command.Opgave, "De opgave", TextLimits.Long)
            .Required("ambition", command.Ambition, "De ambitie", TextLimits.Long)
            .Required("intendedSocietalEffect", command.IntendedSocietalEffect, "Het beoogde maatschappelijke effect", TextLimits.Long)
            .Required("kaders", command.Kaders, "De kaders", TextLimits.Long)
            .Required("ruimte", command.Ruimte, "De ruimte", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new OpgaveFormulated(programme.Id, command.Opgave.Trim(), command.Ambition.Trim(),
            command.IntendedSocietalEffect.Trim(), command.Kaders.Trim(), command.Ruimte.Trim(), now));
    }
}
