using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Decisions;

/// <summary>Log a decision taken in a programme: what was chosen, why, and by whom.</summary>
public sealed record LogDecision(
    string Title,
    string? Context,
    string ChosenOption,
    string Rationale,
    string DecidedBy,
    LocalDate? DecidedOn)
{
    public static Outcome Decide(Programme programme, Guid decisionId, LogDecision command, Instant now)
    {
        var input = new Check()
            .Required("title", command.Title, "De titel")
            .Optional("context", command.Context, "De context")
            .Required("chosenOption", command.ChosenOption, "De gekozen optie", TextLimits.Long)
            .Required("rationale", command.Rationale, "De onderbouwing", TextLimits.Long)
            .Required("decidedBy", command.DecidedBy, "Wie besloot")
            .Required("decidedOn", command.DecidedOn, "De datum van het besluit");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended)
            return Outcome.Refuse(Refusal.Violates("decision.programme-ended",
                "Dit programma is beëindigd; er kunnen geen besluiten meer worden vastgelegd."));

        return Outcome.Accept(new DecisionLogged(
            decisionId,
            programme.Id,
            command.Title.Trim(),
            command.Context?.Trim() ?? "",
            command.ChosenOption.Trim(),
            command.Rationale.Trim(),
            command.DecidedBy.Trim(),
            command.DecidedOn!.Value,
            now));
    }
}
