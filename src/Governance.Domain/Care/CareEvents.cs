using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Care;

/// <summary>Rec. 8: a tension was named ("Benut spanning en ongemak").</summary>
public sealed record TensionRaised(Guid ProgrammeId, Guid TensionId, string Subject, string Description, string RaisedBy, LocalDate RaisedOn, Instant RecordedAt) : IProgrammeEvent;

public sealed record TensionDiscussed(Guid ProgrammeId, Guid TensionId, string Where, LocalDate DiscussedOn, Instant RecordedAt) : IProgrammeEvent;

/// <summary>The tension was taken to a governance body that can decide on it.</summary>
public sealed record TensionEscalated(Guid ProgrammeId, Guid TensionId, Guid BodyId, LocalDate EscalatedOn, Instant RecordedAt) : IProgrammeEvent;

/// <summary>
/// The tension was taken to the opdrachtgevers or a named person, where no body of the programme can decide on it
/// (rec. 5: doorzettingsmacht "dan moet deze georganiseerd worden", 004 l. 1913–1915).
/// </summary>
public sealed record TensionEscalatedToPerson(Guid ProgrammeId, Guid TensionId, string EscalatedTo, LocalDate EscalatedOn, Instant RecordedAt) : IProgrammeEvent;

/// <summary>Whoever the tension was escalated to answered: the escalation is no longer waiting, whether or not the tension is solved.</summary>
public sealed record EscalationAnswered(Guid ProgrammeId, Guid TensionId, string Answer, LocalDate AnsweredOn, Instant RecordedAt) : IProgrammeEvent;

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

/// <summary>
/// Rec. 8: strain on the opdrachtnemer, whose "kracht en gezondheid" the opdrachtgever guards (004 l. 2083–2090):
/// the programme director threatened to resign (004 l. 681–687) or left (004 l. 4428–4438).
/// </summary>
public sealed record OpdrachtnemerStrainRecorded(Guid ProgrammeId, Guid StrainId, OpdrachtnemerStrain Kind, string Description, LocalDate On, Instant RecordedAt) : IProgrammeEvent;

/// <summary>The opdrachtgever's follow-up of a strain on the opdrachtnemer: what was done about it.</summary>
public sealed record OpdrachtnemerStrainFollowedUp(Guid ProgrammeId, Guid StrainId, string FollowUp, LocalDate On, Instant RecordedAt) : IProgrammeEvent;

public enum OpdrachtnemerStrain { DirectorThreatenedToResign, DirectorLeft }
