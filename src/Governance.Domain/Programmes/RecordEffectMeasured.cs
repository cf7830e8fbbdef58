using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// Rec. 10: record what was measured of the intended societal effect and what it showed (004 l. 1432–1434: "óf en in
/// welke mate het beoogd maatschappelijk effect is gerealiseerd").
/// </summary>
public sealed record RecordEffectMeasured(string WhatWasMeasured, string Finding, LocalDate? MeasuredOn)
{
    public static Outcome Decide(Programme programme, RecordEffectMeasured command, Instant now)
    {
        var input = new Check()
            .Required("whatWasMeasured", command.WhatWasMeasured, "Wat is gemeten")
            .Required("finding", command.Finding, "Wat de meting liet zien", TextLimits.Long)
            .Required("measuredOn", command.MeasuredOn, "De datum")
            .That(command.MeasuredOn is not { } on || on <= AmsterdamTime.Today(now), "measuredOn",
                "effect.not-in-future", "Kies als datum van de meting vandaag of een eerdere dag.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new EffectMeasured(programme.Id, command.WhatWasMeasured.Trim(), command.Finding.Trim(), command.MeasuredOn!.Value, now));
    }
}
