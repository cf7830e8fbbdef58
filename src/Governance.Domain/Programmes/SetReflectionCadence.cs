using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>Rec. 9: how often the programme means to reflect ("regelmatige momenten van reflectie"): every N weeks.</summary>
public sealed record SetReflectionCadence(int? EveryWeeks)
{
    public const int MinWeeks = 1;
    public const int MaxWeeks = 52;

    public static Outcome Decide(Programme programme, SetReflectionCadence command, Instant now)
    {
        var input = new Check()
            .Required("everyWeeks", command.EveryWeeks, "Het aantal weken")
            .That(command.EveryWeeks is null or (>= MinWeeks and <= MaxWeeks), "everyWeeks", "input.out-of-range",
                $"Kies een aantal weken tussen {MinWeeks} en {MaxWeeks}: minstens één keer per jaar reflecteren.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new ReflectionCadenceSet(programme.Id, command.EveryWeeks!.Value, now));
    }
}
