using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Projections.Programmes;

/// <summary>What a reader sees first of a programme: its opgave, period and decision log in brief.</summary>
public sealed class ProgrammeOverview
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Opgave { get; set; } = "";
    public string OpdrachtgeverOrganisation { get; set; } = "";
    public LocalDate StartDate { get; set; }
    public LocalDate PlannedEndDate { get; set; }
    public ProgrammePhase Phase { get; set; }
    public Instant RegisteredAt { get; set; }
    public List<PartnerSummary> Partners { get; set; } = [];
    public List<DecisionSummary> Decisions { get; set; } = [];
}

public sealed record PartnerSummary(Guid PartnerId, string OrganisationName, Bestuurslaag Layer, PartnerRole Role, bool Active);

public sealed record DecisionSummary(Guid DecisionId, string Title, string DecidedBy, LocalDate DecidedOn, DecisionStatus Status, Instant RecordedAt);
