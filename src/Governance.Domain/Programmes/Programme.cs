using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// The programme as its own decisions need to see it. Immutable: each event yields a new state.
/// </summary>
public sealed record Programme(
    Guid Id,
    string Name,
    LocalDate StartDate,
    LocalDate PlannedEndDate,
    bool Ended)
{
    public static Programme Create(ProgrammeRegistered e) =>
        new(e.ProgrammeId, e.Name, e.StartDate, e.PlannedEndDate, Ended: false);
}
