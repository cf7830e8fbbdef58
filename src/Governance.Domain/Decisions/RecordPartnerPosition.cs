using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Decisions;

/// <summary>
/// What a partner thinks of a decision. A partner may change its position later: each position is a new event,
/// so the earlier one stays in the history.
/// </summary>
public sealed record RecordPartnerPosition(Guid? PartnerId, PartnerPosition? Position, string? Reasoning)
{
    /// <param name="takenBy">The person who speaks for the partner (the signed-in person), kept with the position.</param>
    public static Outcome Decide(Decision decision, Programme programme, RecordPartnerPosition command, Instant now, PersonRef? takenBy = null)
    {
        var needsReasoning = command.Position is PartnerPosition.Dissents or PartnerPosition.AgreesWithReservations;
        var input = new Check()
            .Required("partnerId", command.PartnerId, "De partner")
            .Required("position", command.Position, "Het standpunt")
            .That(command.Position is null || Enum.IsDefined(command.Position.Value), "position", "input.unknown-value", "Kies een standpunt uit de lijst.")
            .That(!needsReasoning || !string.IsNullOrWhiteSpace(command.Reasoning), "reasoning", "decision.position-reasoning",
                "Schrijf op waarom: een afwijkend standpunt of instemming met voorbehoud heeft een onderbouwing nodig.")
            .Optional("reasoning", command.Reasoning, "De onderbouwing");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(Decision.ProgrammeEnded());
        if (decision.RefuseWhenClosed() is { } closed) return Outcome.Refuse(closed);
        if (!programme.HasActivePartner(command.PartnerId!.Value))
            return Outcome.Refuse(Refusal.Violates("decision.position-partner-active",
                "Alleen een partner die (nog) deelneemt aan dit programma kan een standpunt innemen."));

        var reasoning = string.IsNullOrWhiteSpace(command.Reasoning) ? null : command.Reasoning.Trim();
        return Outcome.Accept(new PartnerPositionRecorded(decision.Id, decision.ProgrammeId, command.PartnerId.Value,
            command.Position!.Value, reasoning, now) { TakenBy = takenBy });
    }
}
