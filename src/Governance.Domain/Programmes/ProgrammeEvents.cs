using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>A programme was registered: the opgave it serves, who commissions it, and its planned period.</summary>
public sealed record ProgrammeRegistered(
    Guid ProgrammeId,
    string Name,
    string Opgave,
    string OpdrachtgeverOrganisation,
    LocalDate StartDate,
    LocalDate PlannedEndDate,
    Instant RegisteredAt);
