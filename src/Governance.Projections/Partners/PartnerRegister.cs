using Governance.Domain.Partners;
using NodaTime;

namespace Governance.Projections.Partners;

/// <summary>
/// Who takes part in a programme, and how: per partner its layer and role, when it joined and left, the interest it
/// serves and what it contributes, when it endorsed the opgave, who represents it, its learning goals and the
/// mandates it holds. One document per programme (id = programme id); partners that left stay listed.
/// </summary>
public sealed class PartnerRegister
{
    public Guid Id { get; set; }
    public List<PartnerEntry> Partners { get; set; } = [];
}

public sealed class PartnerEntry
{
    public Guid PartnerId { get; set; }
    public string OrganisationName { get; set; } = "";
    public Bestuurslaag Layer { get; set; }
    public PartnerRole Role { get; set; }
    public LocalDate JoinedOn { get; set; }
    public LocalDate? LeftOn { get; set; }
    public string? LeaveReason { get; set; }
    public bool Active => LeftOn is null;
    public string? Interest { get; set; }
    public string? Contribution { get; set; }
    /// <summary>The date of the partner's standing endorsement of the opgave (none once withdrawn or dissented).</summary>
    public LocalDate? EndorsedOn { get; set; }
    /// <summary>The partner withdrew its endorsement (when, why) and has not endorsed again since.</summary>
    public StanceEntry? EndorsementWithdrawn { get; set; }
    /// <summary>The partner's open dissent on the opgave (since when, what it does not share).</summary>
    public StanceEntry? OpenDissent { get; set; }
    public List<RepresentativeEntry> Representatives { get; set; } = [];
    public List<LearningGoalEntry> LearningGoals { get; set; } = [];
    public List<MandateEntry> Mandates { get; set; } = [];
}

/// <summary>A dated stance of a partner on the opgave, with its reason.</summary>
public sealed record StanceEntry(LocalDate On, string Reason);

public sealed record RepresentativeEntry(Guid PersonId, string Name, string Function);

public sealed record LearningGoalEntry(Guid GoalId, string Goal, Instant SetAt);

/// <summary>A mandate held; <paramref name="Aspects"/> null when not recorded on which aspects ("onbekend").</summary>
public sealed record MandateEntry(
    Guid MandateId,
    string Scope,
    IReadOnlyList<DoorzettingsAspect>? Aspects,
    Guid GrantedByPartnerId,
    LocalDate ValidFrom,
    LocalDate? ValidUntil,
    bool Revoked,
    string? RevokeReason);
