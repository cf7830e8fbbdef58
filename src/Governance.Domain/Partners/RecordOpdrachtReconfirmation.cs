using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>
/// Record whether the opdracht was (re)confirmed with the people who now represent a partner, or explicitly not.
/// "Het is daarom zaak om, zowel bij de start van het programma als bij personele wisselingen aan de kant van het
/// departement, steeds stil te staan bij de rolverdeling" (004 l. 4420–4426); "contracteren in de startfase … en zo
/// nodig hercontracteren essentieel" (004 l. 4474–4480). Not reconfirmed needs its reason: that is what to talk about.
/// </summary>
public sealed record RecordOpdrachtReconfirmation(bool? Reconfirmed, LocalDate? On, string? Note)
{
    public static Outcome Decide(Programme programme, Guid partnerId, RecordOpdrachtReconfirmation command, Instant now)
    {
        if (programme.UnknownPartner(partnerId) is { } unknown) return Outcome.Refuse(unknown);

        var input = new Check()
            .Required("reconfirmed", command.Reconfirmed, "Of de opdracht opnieuw is bevestigd")
            .Required("on", command.On, "De datum")
            .Optional("note", command.Note, "De toelichting")
            .That(command.On is not { } on || on <= AmsterdamTime.Today(now), "on",
                "opdracht.reconfirmation-not-in-future", "Kies voor de (her)bevestiging vandaag of een eerdere dag.")
            .That(command.Reconfirmed != false || !string.IsNullOrWhiteSpace(command.Note), "note",
                "opdracht.not-reconfirmed-reason", "Schrijf op waarom de opdracht niet opnieuw is bevestigd.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (programme.InactivePartner(partnerId) is { } inactive) return Outcome.Refuse(inactive);

        var date = command.On!.Value;
        return command.Reconfirmed!.Value
            ? Outcome.Accept(new OpdrachtReconfirmed(programme.Id, partnerId, date, Text.OrNull(command.Note), now))
            : Outcome.Accept(new OpdrachtNotReconfirmed(programme.Id, partnerId, date, command.Note!.Trim(), now));
    }
}
