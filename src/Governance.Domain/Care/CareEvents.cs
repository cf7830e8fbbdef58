using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Care;

/// <summary>Rec. 8: a tension was named ("Benut spanning en ongemak").</summary>
public sealed record TensionRaised(Guid ProgrammeId, Guid TensionId, string Subject, string Description, string RaisedBy, LocalDate RaisedOn, Instant RecordedAt) : IProgrammeEvent;

public sealed record TensionDiscussed(Guid ProgrammeId, Guid TensionId, string Where, LocalDate DiscussedOn, Instant RecordedAt) : IProgrammeEvent;

/// <summary>The tension was taken to a governance body that can decide on it.</summary>
public sealed record TensionEscalated(Guid ProgrammeId, Guid TensionId, Guid BodyId, LocalDate EscalatedOn, Instant RecordedAt) : IProgrammeEvent;

public sealed record TensionResolved(Guid ProgrammeId, Guid TensionId, string Resolution, LocalDate ResolvedOn, Instant RecordedAt) : IProgrammeEvent;

/// <summary>Rec. 7/8: how the people in the programme are doing ("Blijf de mens zien").</summary>
public sealed record VitalityCheckHeld(Guid ProgrammeId, LocalDate HeldOn, string Summary, Instant RecordedAt) : IProgrammeEvent;

public sealed record SuccessCelebrated(Guid ProgrammeId, string What, LocalDate CelebratedOn, Instant RecordedAt) : IProgrammeEvent;

/// <summary>Rec. 6: that a personal contact happened, and with which partner — never its content.</summary>
public sealed record PersonalConnectionMade(Guid ProgrammeId, Guid PartnerId, LocalDate On, Instant RecordedAt) : IProgrammeEvent;

/// <summary>
/// Rec. 7: the experience of people involved had a place at the table. Contributors are pseudonymous: the
/// programme deals with vulnerable people and stores no personal data of citizens.
/// </summary>
public sealed record LivedExperienceContributed(Guid ProgrammeId, string ContributorPseudonym, string Perspective, string Where, LocalDate On, Instant RecordedAt) : IProgrammeEvent;
