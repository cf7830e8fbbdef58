using Governance.Domain.Common;
using Governance.Domain.Health;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Decisions;

/// <summary>
/// Log a decision in a programme's decision log: the options considered, what was chosen and why, who decided
/// under which mandate, which recommendations it touches, and when to look at it again.
/// </summary>
public sealed record LogDecision(
    string Title,
    string? Context,
    IReadOnlyList<DecisionOption>? Options,
    string ChosenOption,
    string Rationale,
    DecidedByInput? DecidedBy,
    Guid? MandateId,
    LocalDate? DecidedOn,
    IReadOnlyList<Recommendation>? Recommendations,
    string? ExpectedEffect,
    LocalDate? ReviewOn,
    DecisionStatus? Status,
    WooInput? Woo)
{
    public const int MaxOptions = 20;

    /// <summary>The programme director or delegate responsible for the decision (optional), as a member of the programme.</summary>
    public Guid? ResponsiblePersonId { get; init; }

    /// <param name="responsible">The member named by <see cref="ResponsiblePersonId"/>, looked up by the caller in the programme's register.</param>
    public static Outcome Decide(Programme programme, Guid decisionId, LogDecision command, Instant now, PersonRef? responsible = null)
    {
        var options = command.Options ?? [];
        var input = new Check()
            .Required("title", command.Title, "De titel")
            .Optional("context", command.Context, "De context")
            .Required("chosenOption", command.ChosenOption, "De gekozen optie", TextLimits.Long)
            .Required("rationale", command.Rationale, "De onderbouwing", TextLimits.Long)
            .Required("decidedOn", command.DecidedOn, "De datum van het besluit")
            .Optional("expectedEffect", command.ExpectedEffect, "Het verwachte effect")
            .That(command.DecidedBy is { } maker && maker.Choices == 1, "decidedBy",
                "decision.decided-by-one", "Geef aan welk overleg óf welke partner besloot (precies één van beide), of dat dit onbekend is.")
            // A mandate belongs to whoever decided; with the decider unknown there is no holder to check it against.
            .That(command.DecidedBy is not { Unknown: true } || command.MandateId is null, "mandateId",
                "decision.mandate-needs-maker", "Noem geen mandaat als onbekend is wie besloot: een mandaat hoort bij wie besloot.")
            .That(options.Count <= MaxOptions, "options", "input.too-many", $"Maximaal {MaxOptions} opties.")
            .That(options.Count == 0 || options.Any(o => string.Equals(o.Name?.Trim(), command.ChosenOption?.Trim(), StringComparison.OrdinalIgnoreCase)),
                "chosenOption", "decision.chosen-among-options", "Kies als gekozen optie een van de overwogen opties.")
            .That(command.ReviewOn is null || command.DecidedOn is null || command.ReviewOn > command.DecidedOn,
                "reviewOn", "decision.review-after-decision", "Kies een herbeoordelingsdatum na de datum van het besluit.")
            .That(command.Woo is null || command.Woo.Public || !string.IsNullOrWhiteSpace(command.Woo.Ground),
                "woo.ground", "decision.woo-ground", "Vul de Woo-grond in: een besluit dat niet openbaar is, heeft er een nodig.")
            .That(command.Status is null or DecisionStatus.Proposed or DecisionStatus.Taken,
                "status", "decision.initial-status", "Een nieuw besluit is voorgesteld of genomen.")
            .That((command.Recommendations ?? []).All(Enum.IsDefined), "recommendations", "input.unknown-value",
                "Onbekende aanbeveling.");
        // Each option row is checked on its own, so a page can show the message beside the row that is wrong.
        for (var i = 0; i < options.Count && i < MaxOptions; i++)
        {
            var (option, n) = (options[i], i + 1);
            input.That(!string.IsNullOrWhiteSpace(option.Name), $"options[{i}].name", "decision.option-named", $"Geef optie {n} een naam.")
                .That((option.Name?.Length ?? 0) <= TextLimits.Short, $"options[{i}].name", "input.too-long",
                    $"Maak de naam van optie {n} korter: maximaal {TextLimits.Short} tekens.")
                .That((option.Pros?.Length ?? 0) <= TextLimits.Long, $"options[{i}].pros", "input.too-long",
                    $"Maak de voordelen van optie {n} korter: maximaal 4.000 tekens.")
                .That((option.Cons?.Length ?? 0) <= TextLimits.Long, $"options[{i}].cons", "input.too-long",
                    $"Maak de nadelen van optie {n} korter: maximaal 4.000 tekens.");
        }
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended)
            return Outcome.Refuse(Refusal.Violates("decision.programme-ended",
                "Dit programma is beëindigd; er kunnen geen besluiten meer worden vastgelegd."));

        var by = command.DecidedBy!;
        string makerName;
        // Not known who decided: recorded as such, never guessed (issue 17 §6).
        if (by.Unknown) makerName = "";
        else if (by.BodyId is { } bodyId)
        {
            if (!programme.Bodies.TryGetValue(bodyId, out var body))
                return Outcome.Refuse(Refusal.Violates("decision.maker-exists",
                    "Het overleg dat besloot bestaat niet in dit programma."));
            makerName = body.Name;
        }
        else
        {
            if (!programme.HasActivePartner(by.PartnerId!.Value))
                return Outcome.Refuse(Refusal.Violates("decision.maker-exists",
                    "De partner die besloot neemt niet (meer) deel aan dit programma."));
            makerName = programme.Partners[by.PartnerId!.Value].OrganisationName;
        }

        if (command.MandateId is { } mandateId)
        {
            if (!programme.Mandates.TryGetValue(mandateId, out var mandate))
                return Outcome.Refuse(Refusal.Violates("decision.mandate-exists", "Het genoemde mandaat bestaat niet in dit programma."));
            if (mandate.HolderId != (by.BodyId ?? by.PartnerId))
                return Outcome.Refuse(Refusal.Violates("decision.mandate-holder", "Het genoemde mandaat is niet aan deze besluitnemer verleend."));
            if (!mandate.ValidOn(command.DecidedOn!.Value))
                return Outcome.Refuse(Refusal.Violates("decision.mandate-valid", "Het genoemde mandaat gold niet op de datum van het besluit."));
        }

        return Outcome.Accept(new DecisionLogged(
            decisionId,
            programme.Id,
            command.Title.Trim(),
            command.Context?.Trim() ?? "",
            options.Select(o => new DecisionOption(o.Name.Trim(), o.Pros?.Trim() ?? "", o.Cons?.Trim() ?? "")).ToList(),
            command.ChosenOption.Trim(),
            command.Rationale.Trim(),
            by.Unknown ? DecisionMaker.Unknown : new DecisionMaker(by.BodyId, by.PartnerId, makerName),
            command.MandateId,
            command.DecidedOn!.Value,
            (command.Recommendations ?? []).Distinct().Order().ToList(),
            command.ExpectedEffect?.Trim() ?? "",
            command.ReviewOn,
            command.Status ?? DecisionStatus.Taken,
            new WooClassification(command.Woo?.Public ?? true, command.Woo is { Public: false } ? command.Woo.Ground!.Trim() : null),
            now) { Responsible = responsible });
    }
}

/// <summary>
/// Exactly one of: a body of the programme, a partner in it, or <see cref="Unknown"/> — said explicitly, so that a
/// forgotten field is still refused while a source that does not say who decided can be recorded as it is.
/// </summary>
public sealed record DecidedByInput(Guid? BodyId, Guid? PartnerId)
{
    /// <summary>True when it is not known which body or partner decided ("onbekend").</summary>
    public bool Unknown { get; init; }

    internal int Choices => (BodyId is null ? 0 : 1) + (PartnerId is null ? 0 : 1) + (Unknown ? 1 : 0);
}

public sealed record WooInput(bool Public, string? Ground);
