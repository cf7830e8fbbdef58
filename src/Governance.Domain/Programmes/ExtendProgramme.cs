using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// Move the planned end later (the GHNT case: "De looptijd is nu met een jaar verlengd", 004 l. 498–500). The new
/// end may be left out when the extension was decided before its end date was fixed.
/// </summary>
public sealed record ExtendProgramme(LocalDate? NewPlannedEndDate, string Reason)
{
    public static Outcome Decide(Programme programme, ExtendProgramme command, Instant now)
    {
        var input = new Check()
            .Required("reason", command.Reason, "De reden", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        if (command.NewPlannedEndDate is { } newEnd)
        {
            if (programme.PlannedEndDate is { } current && newEnd <= current)
                return Outcome.Refuse(Refusal.Violates("programme.extension-later",
                    $"Een verlenging legt het geplande einde na het huidige ({current:yyyy-MM-dd})."));
            if (newEnd <= programme.StartDate)
                return Outcome.Refuse(Refusal.Violates("programme.end-after-start",
                    $"De geplande einddatum moet na de startdatum ({programme.StartDate:yyyy-MM-dd}) liggen."));
        }

        return Outcome.Accept(new ProgrammeExtended(programme.Id, programme.PlannedEndDate, command.NewPlannedEndDate,
            command.Reason.Trim(), now));
    }
}
