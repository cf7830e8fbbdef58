using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// A programme was registered: the opgave it serves, who commissions it, and its planned period. The planned end
/// is null when it was not known (sources often leave it open); stored events from before carry a date.
/// </summary>
public sealed record ProgrammeRegistered(
    Guid ProgrammeId,
    string Name,
    string Opgave,
    string OpdrachtgeverOrganisation,
    LocalDate StartDate,
    LocalDate? PlannedEndDate,
    Instant RecordedAt) : IProgrammeEvent;

/// <summary>The programme moved to another phase of its lifecycle.</summary>
public sealed record ProgrammePhaseChanged(Guid ProgrammeId, ProgrammePhase Phase, LocalDate On, string? Reason, Instant RecordedAt) : IProgrammeEvent;

/// <summary>
/// The shared starting point (rec. 2: "wat is de feitelijke opgave, wat is voor deze opgave de ambitie en welke
/// acties horen daarbij … Wat zijn de kaders, en waar zit de ruimte?"). Formulating it again is a reformulation.
/// </summary>
public sealed record OpgaveFormulated(
    Guid ProgrammeId,
    string Opgave,
    string Ambition,
    string IntendedSocietalEffect,
    string Kaders,
    string Ruimte,
    Instant RecordedAt) : IProgrammeEvent;

/// <summary>Rec. 1: "óf en waarom de opgave niet effectief vanuit de bestaande organisaties wordt opgepakt".</summary>
public sealed record ProgrammeFormJustified(
    Guid ProgrammeId,
    string WhatExistingOrganisationsCannotDo,
    string AlternativesConsidered,
    Instant RecordedAt) : IProgrammeEvent;

/// <summary>Rec. 3: the level where the programme acts ("Kies het juiste niveau/zwaartepunt van handelen").</summary>
public sealed record FocusLevelChosen(Guid ProgrammeId, FocusLevel Level, string Reason, Instant RecordedAt) : IProgrammeEvent;

/// <summary>The planned end moved later. Either end is null when it was not known (extended, new end not yet fixed).</summary>
public sealed record ProgrammeExtended(Guid ProgrammeId, LocalDate? PreviousPlannedEndDate, LocalDate? NewPlannedEndDate, string Reason, Instant RecordedAt) : IProgrammeEvent;

/// <summary>
/// A planned end that was not known became known. Not an extension: nothing moved, a blank was filled in (rec. 10
/// reads an extension without a continuation decision as a warning, this is none).
/// </summary>
public sealed record PlannedEndDateRecorded(Guid ProgrammeId, LocalDate PlannedEndDate, Instant RecordedAt) : IProgrammeEvent;

/// <summary>Rec. 10: how borging will look and who owns what after the end ("wie daarna waarvoor verantwoordelijk").</summary>
public sealed record BorgingPlanRecorded(Guid ProgrammeId, IReadOnlyList<BorgingItem> Items, Instant RecordedAt) : IProgrammeEvent;

public sealed record BorgingItem(string Subject, Guid OwnerPartnerId);

/// <summary>The opdrachtgevers' stop-or-continue decision (rec. 10).</summary>
public sealed record ContinuationDecided(Guid ProgrammeId, ContinuationChoice Choice, string Rationale, LocalDate DecidedOn, Instant RecordedAt) : IProgrammeEvent;

/// <summary>The programme ended (beëindigd); no decisions or sessions after this.</summary>
public sealed record ProgrammeEnded(Guid ProgrammeId, LocalDate EndedOn, string Reason, Instant RecordedAt) : IProgrammeEvent;

/// <summary>How often reflection should happen in this programme (rec. 9: "regelmatige momenten van reflectie").</summary>
public sealed record ReflectionCadenceSet(Guid ProgrammeId, int EveryWeeks, Instant RecordedAt) : IProgrammeEvent;

public enum ProgrammePhase { Verkenning, Start, Uitvoering, Afbouw, Beeindigd, Voortgezet }

public enum FocusLevel { Landelijk, Regionaal, Lokaal }

public enum ContinuationChoice { Stoppen, Voortzetten, VoortzettenInAangepasteVorm, OverdragenAanLijn }

/// <summary>
/// Rec. 10: whether and how far the intended societal effect was realised ("óf en in welke mate het beoogd
/// maatschappelijk effect is gerealiseerd", 004 l. 1432–1434); GHNT's Impactmonitor is one (004 l. 731–737).
/// </summary>
public sealed record EffectMeasured(Guid ProgrammeId, string WhatWasMeasured, string Finding, LocalDate MeasuredOn, Instant RecordedAt) : IProgrammeEvent;

/// <summary>Rec. 10: lessons made productive "voor een groter publiek" (004 l. 1458–1462): to whom and how.</summary>
public sealed record LessonsShared(Guid ProgrammeId, string Audience, string How, LocalDate SharedOn, Instant RecordedAt) : IProgrammeEvent;
