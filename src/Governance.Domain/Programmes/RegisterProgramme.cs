using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// Register a new programme. The opdrachtgever organisation is the one that commissions it. The planned end may be
/// left out when it is not known: rules that need it then say "nog niet te beoordelen" (issue 17 §6).
/// </summary>
public sealed record RegisterProgramme(
    string Name,
    string Opgave,
    string OpdrachtgeverOrganisation,
    LocalDate? StartDate,
    LocalDate? PlannedEndDate)
{
    public static Outcome Decide(Guid programmeId, RegisterProgramme command, Instant now) =>
        new Check()
            .Required("name", command.Name, "De naam")
            .Required("opgave", command.Opgave, "De opgave", TextLimits.Long)
            .Required("opdrachtgeverOrganisation", command.OpdrachtgeverOrganisation, "De organisatie van de opdrachtgever")
            .Required("startDate", command.StartDate, "De startdatum")
            .That(command.StartDate is null || command.PlannedEndDate is null || command.PlannedEndDate > command.StartDate,
                "plannedEndDate", "programme.end-after-start", "Kies een geplande einddatum na de startdatum.")
            .Then(() => Outcome.Accept(new ProgrammeRegistered(
                programmeId,
                command.Name.Trim(),
                command.Opgave.Trim(),
                command.OpdrachtgeverOrganisation.Trim(),
                command.StartDate!.Value,
                command.PlannedEndDate,
                now)));
}
