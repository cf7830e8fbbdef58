using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// Fill in the planned end once it becomes known, for a programme registered (or extended) without one. A known end
/// is moved only by an extension, so this is refused once the planned end is known.
/// </summary>
public sealed record RecordPlannedEndDate(LocalDate? PlannedEndDate)
{
    public static Outcome Decide(Programme programme, RecordPlannedEndDate command, Instant now)
    {
        var input = new Check()
            .Required("plannedEndDate", command.PlannedEndDate, "De geplande einddatum")
            .That(command.PlannedEndDate is null || command.PlannedEndDate > programme.StartDate,
                "plannedEndDate", "programme.end-after-start", "De geplande einddatum moet na de startdatum liggen.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        if (programme.PlannedEndDate is { } known)
            return Outcome.Refuse(Refusal.Violates("programme.planned-end-known",
                $"De geplande einddatum is al vastgelegd ({known:yyyy-MM-dd}); een later einde legt u vast als verlenging."));

        return Outcome.Accept(new PlannedEndDateRecorded(programme.Id, command.PlannedEndDate!.Value, now));
    }
}
