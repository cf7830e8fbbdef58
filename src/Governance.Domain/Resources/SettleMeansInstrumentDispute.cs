using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Resources;

/// <summary>The dispute about a means instrument was settled, and how. Only an open dispute is settled.</summary>
public sealed record SettleMeansInstrumentDispute(string Outcome, LocalDate? SettledOn)
{
    public static Outcome Decide(Programme programme, Guid instrumentId, SettleMeansInstrumentDispute command, Instant now)
    {
        if (!programme.Instruments.TryGetValue(instrumentId, out var contested)) return Common.Outcome.Refuse(MeansInstrumentRules.Unknown);

        var input = new Check()
            .Required("outcome", command.Outcome, "Hoe de betwisting is beslecht", TextLimits.Long)
            .Required("settledOn", command.SettledOn, "De datum")
            .That(command.SettledOn is not { } on || on <= AmsterdamTime.Today(now), "settledOn",
                "instrument.not-in-future", "Kies als datum van beslechten vandaag of een eerdere dag.");
        if (input.Failed) return Common.Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Common.Outcome.Refuse(EndedProgramme.Refusal);
        if (!contested)
            return Common.Outcome.Refuse(Refusal.Violates("instrument.dispute-open", "Over dit middel loopt geen betwisting."));

        return Common.Outcome.Accept(new MeansInstrumentDisputeSettled(programme.Id, instrumentId, command.Outcome.Trim(), command.SettledOn!.Value, now));
    }
}
