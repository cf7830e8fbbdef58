using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>Rec. 3: choose where the programme acts — landelijk, regionaal or lokaal — and say why.</summary>
public sealed record ChooseFocusLevel(FocusLevel? Level, string Reason)
{
    public static Outcome Decide(Programme programme, ChooseFocusLevel command, Instant now)
    {
        var input = new Check()
            .Required("level", command.Level, "Het niveau")
            .That(command.Level is null || Enum.IsDefined(command.Level.Value), "level", "input.unknown-value", "Kies een niveau uit de lijst.")
            .Required("reason", command.Reason, "De reden", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new FocusLevelChosen(programme.Id, command.Level!.Value, command.Reason.Trim(), now));
    }
}
