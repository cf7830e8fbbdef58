using Governance.Domain.Common;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Resources;

/// <summary>
/// A partner contests a means instrument, with its reason ("Kort na die start bleek de totstandkoming van een
/// subsidieregeling niet zonder slag of stoot te gaan. In de op dat moment moeizame samenwerking met VWS …",
/// 004 l. 679–685). Open until settled; contested again after a settlement is a new dispute.
/// </summary>
public sealed record ContestMeansInstrument(Guid? PartnerId, string Reason, LocalDate? ContestedOn)
{
    public static Outcome Decide(Programme programme, Guid instrumentId, ContestMeansInstrument command, Instant now)
    {
        if (!programme.Instruments.TryGetValue(instrumentId, out var contested)) return Outcome.Refuse(MeansInstrumentRules.Unknown);

        var input = new Check()
            .Required("partnerId", command.PartnerId, "De partner die het middel betwist")
            .Required("reason", command.Reason, "De reden", TextLimits.Long)
            .Required("contestedOn", command.ContestedOn, "De datum")
            .That(command.ContestedOn is not { } on || on <= AmsterdamTime.Today(now), "contestedOn",
                "instrument.not-in-future", "Kies als datum van betwisten vandaag of een eerdere dag.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (!programme.HasActivePartner(command.PartnerId!.Value))
            return Outcome.Refuse(Refusal.Violates("instrument.contested-by-active-partner", "Kies een partner die deelneemt aan dit programma: alleen die kan een middel betwisten."));
        if (contested)
            return Outcome.Refuse(Refusal.Violates("instrument.contested-once", "Over dit middel loopt al een betwisting; leg eerst vast hoe die is beslecht."));

        return Outcome.Accept(new MeansInstrumentContested(programme.Id, instrumentId, command.PartnerId.Value, command.Reason.Trim(), command.ContestedOn!.Value, now));
    }
}

public static class MeansInstrumentRules
{
    /// <summary>The instrument in the route is not one of this programme's: 404.</summary>
    public static Refusal Unknown { get; } = Refusal.NotFound("instrument.exists", "Middel", "Dit middel bestaat niet in dit programma.");
}
