using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Projections.Programmes;

/// <summary>
/// What a reader sees first of a programme: its opgave, period, lifecycle (phase, why a programme, focus, extensions,
/// borging, the stop-or-continue decision, the end) and decision log in brief.
/// </summary>
public sealed class ProgrammeOverview
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Opgave { get; set; } = "";
    public string OpdrachtgeverOrganisation { get; set; } = "";
    public LocalDate StartDate { get; set; }
    /// <summary>Null while the planned end is not known (pages show "onbekend").</summary>
    public LocalDate? PlannedEndDate { get; set; }
    public ProgrammePhase Phase { get; set; }
    /// <summary>
    /// The day the phase was recorded as of (the start, until a phase change or the end): a phase nobody updated reads as
    /// old, not as current. Null in an overview written before this field existed, until the programme's next event.
    /// </summary>
    public LocalDate? PhaseSince { get; set; }
    public Instant RegisteredAt { get; set; }
    public List<PartnerSummary> Partners { get; set; } = [];
    public List<DecisionSummary> Decisions { get; set; } = [];

    /// <summary>The latest formulation of the opgave (rec. 2); <see cref="Opgave"/> follows its text.</summary>
    public OpgaveSummary? OpgaveFormulation { get; set; }
    /// <summary>Why a programme rather than the existing organisations (rec. 1).</summary>
    public ProgrammeFormSummary? Justification { get; set; }
    public FocusSummary? Focus { get; set; }
    /// <summary>Every move of the planned end, oldest first; <see cref="PlannedEndDate"/> is the latest.</summary>
    public List<ExtensionSummary> Extensions { get; set; } = [];
    public BorgingPlanSummary? BorgingPlan { get; set; }
    public ContinuationSummary? Continuation { get; set; }
    public LocalDate? EndedOn { get; set; }
    public string? EndReason { get; set; }
    public int? ReflectionEveryWeeks { get; set; }
}

public sealed record PartnerSummary(Guid PartnerId, string OrganisationName, Bestuurslaag Layer, PartnerRole Role, bool Active);

/// <summary>A decision in brief; <paramref name="DecidedBy"/> is the body or partner's name, null when not known who decided.</summary>
public sealed record DecisionSummary(Guid DecisionId, string Title, string? DecidedBy, LocalDate DecidedOn, DecisionStatus Status, Instant RecordedAt);

public sealed record OpgaveSummary(string Opgave, string Ambition, string IntendedSocietalEffect, string Kaders, string Ruimte, Instant FormulatedAt);

public sealed record ProgrammeFormSummary(string WhatExistingOrganisationsCannotDo, string AlternativesConsidered, Instant JustifiedAt);

public sealed record FocusSummary(FocusLevel Level, string Reason, Instant ChosenAt);

/// <summary>A move of the planned end; either date null when it was not known.</summary>
public sealed record ExtensionSummary(LocalDate? PreviousPlannedEndDate, LocalDate? NewPlannedEndDate, string Reason, Instant RecordedAt);

public sealed record BorgingPlanSummary(IReadOnlyList<BorgingItemSummary> Items, Instant RecordedAt);

/// <param name="OwnerName">The owner's organisation name when the plan was recorded.</param>
public sealed record BorgingItemSummary(string Subject, Guid OwnerPartnerId, string OwnerName);

public sealed record ContinuationSummary(ContinuationChoice Choice, string Rationale, LocalDate DecidedOn);
