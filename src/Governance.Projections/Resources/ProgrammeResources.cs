using Governance.Domain.Resources;
using NodaTime;

namespace Governance.Projections.Resources;

/// <summary>
/// The means of one programme (id = programme id, rec. 4 "Organiseer passende middelen"): who committed which money
/// for which period, the date until which the programme is funded, and the team with its competences and fte.
/// </summary>
public sealed class ProgrammeResources
{
    public Guid Id { get; set; }
    public List<FundingCommitmentView> Funding { get; set; } = [];

    /// <summary>
    /// The latest known end of any commitment: the programme has money promised up to this day (null: none yet, or
    /// no end known). <see cref="SomeEndsUnknown"/> says a commitment without a known end may reach further.
    /// </summary>
    public LocalDate? FundedUntil { get; set; }

    /// <summary>The sum of the known amounts; <see cref="SomeAmountsUnknown"/> says some commitments have no known amount.</summary>
    public decimal TotalCommittedEuro { get; set; }
    public bool SomeAmountsUnknown { get; set; }
    public bool SomeEndsUnknown { get; set; }
    public List<TeamMemberView> TeamMembers { get; set; } = [];
    /// <summary>Means instruments (subsidy schemes, regional project leaders), each with its open dispute if any.</summary>
    public List<InstrumentView> Instruments { get; set; } = [];

    /// <summary>The fte of the members who have not left.</summary>
    public decimal CurrentFte { get; set; }

    /// <summary>Organisation names of the programme's partners, so commitments are shown by name.</summary>
    public Dictionary<Guid, string> PartnerNames { get; set; } = [];
}

/// <summary>A commitment; amount and end null when not known ("onbekend").</summary>
public sealed record FundingCommitmentView(
    Guid FundingId,
    Guid CommittedByPartnerId,
    string CommittedBy,
    decimal? AmountEuro,
    LocalDate From,
    LocalDate? Until,
    FundingKind Kind,
    Instant RecordedAt);

public sealed record TeamMemberView(Guid MemberId, string Name, string Role, IReadOnlyList<string> Competences, decimal Fte, LocalDate? LeftOn)
{
    public bool Active => LeftOn is null;
}

public sealed class InstrumentView
{
    public Guid InstrumentId { get; set; }
    public string Name { get; set; } = "";
    public Governance.Domain.Resources.MeansInstrumentKind Kind { get; set; }
    public LocalDate EstablishedOn { get; set; }
    /// <summary>Who contests it and why, while a dispute is open; null when none is.</summary>
    public string? ContestedBy { get; set; }
    public string? ContestReason { get; set; }
    /// <summary>How the last dispute was settled.</summary>
    public string? SettledWith { get; set; }
}
