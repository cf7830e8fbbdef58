using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Projections.Care;

/// <summary>
/// Tensions and care in one programme (id = programme id; rec. 6, 7 and 8): each tension with its status and
/// history, vitality checks, celebrated successes, personal connections per partner (how many and the last — never
/// what was said), and lived-experience contributions under a pseudonym.
/// </summary>
public sealed class TensionsAndCare
{
    public Guid Id { get; set; }
    public List<TensionView> Tensions { get; set; } = [];
    public List<VitalityCheckView> VitalityChecks { get; set; } = [];
    public List<SuccessView> Successes { get; set; } = [];
    public List<PersonalConnectionsView> PersonalConnections { get; set; } = [];
    public List<LivedExperienceView> LivedExperience { get; set; } = [];
    /// <summary>Strain on the opdrachtnemer (a director threatening to resign or leaving) and the opdrachtgever's follow-up.</summary>
    public List<StrainView> Strains { get; set; } = [];

    /// <summary>Names of partners and bodies, so connections and escalations are shown by name.</summary>
    public Dictionary<Guid, string> PartnerNames { get; set; } = [];
    public Dictionary<Guid, string> BodyNames { get; set; } = [];
}

public sealed class TensionView
{
    public Guid TensionId { get; set; }
    public string Subject { get; set; } = "";
    public string Description { get; set; } = "";
    public string RaisedBy { get; set; } = "";
    public LocalDate RaisedOn { get; set; }
    public TensionStatus Status { get; set; }
    public Guid? EscalatedToBodyId { get; set; }
    public string? EscalatedToBody { get; set; }
    /// <summary>Where no body could decide: the opdrachtgevers or the named person the tension was escalated to.</summary>
    public string? EscalatedToPerson { get; set; }
    public string? Resolution { get; set; }
    public LocalDate? ResolvedOn { get; set; }
    public List<TensionStep> History { get; set; } = [];
}

public enum TensionStepKind { Raised, Discussed, Escalated, Resolved, Answered }

/// <param name="Detail">Where it was discussed, the body it went to, or how it was resolved.</param>
public sealed record TensionStep(TensionStepKind Kind, LocalDate On, string Detail, Guid? BodyId, Instant RecordedAt);

public sealed record VitalityCheckView(LocalDate HeldOn, string Summary);

public sealed record SuccessView(string What, LocalDate CelebratedOn);

public sealed record PersonalConnectionsView(Guid PartnerId, string OrganisationName, int Count, LocalDate LastOn);

public sealed record LivedExperienceView(string ContributorPseudonym, string Perspective, string Where, LocalDate On);

public sealed class StrainView
{
    public Guid StrainId { get; set; }
    public Governance.Domain.Care.OpdrachtnemerStrain Kind { get; set; }
    public string Description { get; set; } = "";
    public LocalDate On { get; set; }
    public string? FollowUp { get; set; }
    public LocalDate? FollowedUpOn { get; set; }
}
