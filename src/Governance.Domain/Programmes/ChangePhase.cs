using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// Move the programme to a later phase of its lifecycle: verkenning → start → uitvoering → afbouw → voortgezet.
/// <list type="bullet">
/// <item>Forward only (skipping a phase is allowed): a phase is a statement about how far the programme has come,
/// and moving back would rewrite that history. A programme that needs a new start decides so
/// (<see cref="ContinuationDecided"/>, "voortzetten in aangepaste vorm") rather than un-ending its phases.</item>
/// <item><c>beëindigd</c> is reached only by <see cref="EndProgramme"/>, which records the end date and reason.</item>
/// <item><c>voortgezet</c> follows only a decision to continue (rec. 10: first decide "over voortzetting of
/// beëindiging", 004 l. 2189–2192).</item>
/// </list>
/// </summary>
public sealed record ChangePhase(ProgrammePhase? Phase, LocalDate? On, string? Reason)
{
    public static Outcome Decide(Programme programme, ChangePhase command, Instant now)
    {
        var input = new Check()
            .Required("phase", command.Phase, "De fase")
            .That(command.Phase is null || Enum.IsDefined(command.Phase.Value), "phase", "input.unknown-value", "Kies een fase uit de lijst.")
            .That(command.Phase is not ProgrammePhase.Beeindigd, "phase", "programme.phase-end-by-ending",
                "Gebruik 'programma beëindigen' om het programma te beëindigen: dat legt de einddatum en de reden vast.")
            .Required("on", command.On, "De datum van de faseovergang")
            .Optional("reason", command.Reason, "De toelichting");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        var phase = command.Phase!.Value;
        if (phase <= programme.Phase)
            return Outcome.Refuse(Refusal.Violates("programme.phase-forward",
                $"Kies een latere fase dan de huidige ({programme.Phase.Dutch()}): een programma gaat alleen vooruit in zijn fasen."));

        if (phase == ProgrammePhase.Voortgezet
            && programme.Continuation is not (ContinuationChoice.Voortzetten or ContinuationChoice.VoortzettenInAangepasteVorm))
            return Outcome.Refuse(Refusal.Violates("programme.continued-after-decision",
                "Leg eerst het besluit vast om het programma (in aangepaste vorm) voort te zetten."));

        return Outcome.Accept(new ProgrammePhaseChanged(programme.Id, phase, command.On!.Value, Text.OrNull(command.Reason), now));
    }
}

public static class ProgrammePhaseText
{
    public static string Dutch(this ProgrammePhase phase) => phase switch
    {
        ProgrammePhase.Verkenning => "verkenning",
        ProgrammePhase.Start => "start",
        ProgrammePhase.Uitvoering => "uitvoering",
        ProgrammePhase.Afbouw => "afbouw",
        ProgrammePhase.Beeindigd => "beëindigd",
        ProgrammePhase.Voortgezet => "voortgezet",
        _ => phase.ToString(),
    };
}
