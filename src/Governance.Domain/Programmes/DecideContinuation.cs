using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// Rec. 10: the decision "over voortzetting of beëindiging" (004 l. 2189–2190) — stop, continue, continue in
/// another form, or hand over to the line — with its rationale. Deciding again replaces the earlier decision.
/// </summary>
public sealed record DecideContinuation(ContinuationChoice? Choice, string Rationale, LocalDate? DecidedOn)
{
    public static Outcome Decide(Programme programme, DecideContinuation command, Instant now)
    {
        var input = new Check()
            .Required("choice", command.Choice, "De keuze")
            .That(command.Choice is null || Enum.IsDefined(command.Choice.Value), "choice", "input.unknown-value", "Kies een van de keuzes uit de lijst.")
            .Required("rationale", command.Rationale, "De onderbouwing", TextLimits.Long)
            .Required("decidedOn", command.DecidedOn, "De datum van het besluit");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new ContinuationDecided(programme.Id, command.Choice!.Value, command.Rationale.Trim(),
            command.DecidedOn!.Value, now));
    }
}
