using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Decisions;

/// <summary>Revise a decision: what changes (the chosen option, the rationale, the review date) and why.</summary>
public sealed record ReviseDecision(string? ChosenOption, string? Rationale, LocalDate? ReviewOn, string? Reason)
{
    public static Outcome Decide(Decision decision, Programme programme, ReviseDecision command, Instant now)
    {
        var changesSomething = !string.IsNullOrWhiteSpace(command.ChosenOption) || !string.IsNullOrWhiteSpace(command.Rationale)
                               || command.ReviewOn is not null;
        var input = new Check()
            .Required("reason", command.Reason, "De reden van de herziening", TextLimits.Long)
            .Optional("chosenOption", command.ChosenOption, "De gekozen optie")
            .Optional("rationale", command.Rationale, "De onderbouwing")
            .That(changesSomething, "chosenOption", "decision.revision-changes-something",
                "Geef aan wat er verandert: de gekozen optie, de onderbouwing of de herbeoordelingsdatum.")
            .That(command.ReviewOn is null || command.ReviewOn > decision.DecidedOn, "reviewOn",
                "decision.review-after-decision", "Kies een herbeoordelingsdatum na de datum van het besluit.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(Decision.ProgrammeEnded());
        if (decision.RefuseWhenClosed() is { } closed) return Outcome.Refuse(closed);

        return Outcome.Accept(new DecisionRevised(decision.Id, decision.ProgrammeId,
            Trimmed(command.ChosenOption), Trimmed(command.Rationale), command.ReviewOn, command.Reason!.Trim(), now));
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
