using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Resources;

/// <summary>
/// Record a means instrument the programme established (a subsidy scheme, regional project leaders): how means reach
/// the place where the difference is made (004 l. 1070–1078; GHNT: "samenwerkende gemeenten via een subsidieregeling
/// de beschikking konden krijgen over regionaal projectleiders", 004 l. 721–725).
/// </summary>
public sealed record EstablishMeansInstrument(string Name, MeansInstrumentKind? Kind, LocalDate? EstablishedOn)
{
    public static Outcome Decide(Programme programme, Guid instrumentId, EstablishMeansInstrument command, Instant now)
    {
        var input = new Check()
            .Required("name", command.Name, "De naam van het middel")
            .Required("kind", command.Kind, "Het soort middel")
            .That(command.Kind is null || Enum.IsDefined(command.Kind.Value), "kind", "input.unknown-value", "Kies het soort middel.")
            .Required("establishedOn", command.EstablishedOn, "De datum")
            .That(command.EstablishedOn is not { } on || on <= AmsterdamTime.Today(now), "establishedOn",
                "instrument.not-in-future", "Kies als datum van instellen vandaag of een eerdere dag.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new MeansInstrumentEstablished(programme.Id, instrumentId, command.Name.Trim(), command.Kind!.Value, command.EstablishedOn!.Value, now));
    }
}
