using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>End the programme. From then on every command on it is refused (<c>programme.ended</c>).</summary>
public sealed record EndProgramme(LocalDate? EndedOn, string Reason)
{
    public static Outcome Decide(Programme programme, EndProgramme command, Instant now)
    {
        var input = new Check()
            .Required("endedOn", command.EndedOn, "De einddatum")
            .Required("reason", command.Reason, "De reden", TextLimits.Long)
            .That(command.EndedOn is null || command.EndedOn >= programme.StartDate, "endedOn", "programme.ended-after-start",
                $"Kies een einddatum op of na de start van het programma ({Health.HealthContext.Date(programme.StartDate)}).");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new ProgrammeEnded(programme.Id, command.EndedOn!.Value, command.Reason.Trim(), now));
    }
}
