using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>Move the planned end later (the GHNT case: "De looptijd is nu met een jaar verlengd", 004 l. 498–500).</summary>
public sealed record ExtendProgramme(LocalDate? NewPlannedEndDate, string Reason)
{
    public static Outcome Decide(Programme programme, ExtendProgramme command, Instant now)
    {
        var input = new Check()
            .Required("newPlannedEndDate", command.NewPlannedEndDate, "De nieuwe geplande einddatum")
            .Required("reason", command.Reason, "De reden", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        if (command.NewPlannedEndDate!.Value <= programme.PlannedEndDate)
            return Outcome.Refuse(Refusal.Violates("programme.extension-later",
                $"Een verlenging legt het geplande einde na het huidige ({programme.PlannedEndDate:yyyy-MM-dd})."));

        return Outcome.Accept(new ProgrammeExtended(programme.Id, programme.PlannedEndDate, command.NewPlannedEndDate.Value,
            command.Reason.Trim(), now));
    }
}
