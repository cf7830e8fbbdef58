using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// Say why this is a programme at all (rec. 1: "waarom de opgave niet effectief vanuit de bestaande organisaties
/// wordt opgepakt") and which other forms were weighed.
/// </summary>
public sealed record JustifyProgrammeForm(string WhatExistingOrganisationsCannotDo, string AlternativesConsidered)
{
    public static Outcome Decide(Programme programme, JustifyProgrammeForm command, Instant now)
    {
        var input = new Check()
            .Required("whatExistingOrganisationsCannotDo", command.WhatExistingOrganisationsCannotDo,
                "Wat de bestaande organisaties niet kunnen", TextLimits.Long)
            .Required("alternativesConsidered", command.AlternativesConsidered, "De overwogen alternatieven", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new ProgrammeFormJustified(programme.Id, command.WhatExistingOrganisationsCannotDo.Trim(),
            command.AlternativesConsidered.Trim(), now));
    }
}
