using NodaTime;

namespace Governance.Domain.Decisions;

/// <summary>A decision was logged in a programme's decision log.</summary>
public sealed record DecisionLogged(
    Guid DecisionId,
    Guid ProgrammeId,
    string Title,
    string Context,
    string ChosenOption,
    string Rationale,
    string DecidedBy,
    LocalDate DecidedOn,
    Instant LoggedAt);
