using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>An organisation took a place in the programme, in a role.</summary>
public sealed record PartnerJoined(
    Guid ProgrammeId,
    Guid PartnerId,
    string OrganisationName,
    Bestuurslaag Layer,
    PartnerRole Role,
    LocalDate JoinedOn,
    Instant RecordedAt) : IProgrammeEvent;

public sealed record PartnerLeft(Guid ProgrammeId, Guid PartnerId, LocalDate LeftOn, string Reason, Instant RecordedAt) : IProgrammeEvent;

/// <summary>Rec. 2: which interest of the organisation the programme serves and what it contributes.</summary>
public sealed record PartnerInterestRecorded(Guid ProgrammeId, Guid PartnerId, string Interest, string Contribution, Instant RecordedAt) : IProgrammeEvent;

/// <summary>Rec. 2: the partner shares the ambition (not only the opdrachtgever's).</summary>
public sealed record OpgaveEndorsed(Guid ProgrammeId, Guid PartnerId, LocalDate EndorsedOn, Instant RecordedAt) : IProgrammeEvent;

/// <summary>
/// Rec. 2: the partner no longer endorses the opgave (with its reason). Its endorsement stops counting from now on;
/// endorsing again later counts again.
/// </summary>
public sealed record OpgaveEndorsementWithdrawn(Guid ProgrammeId, Guid PartnerId, LocalDate WithdrawnOn, string Reason, Instant RecordedAt) : IProgrammeEvent;

/// <summary>
/// Rec. 2: the partner does not share the opgave or its ambition ("Juist in dit proces van formuleren komen in een
/// vroeg stadium verschillende gezichtspunten boven tafel", 004 l. 1003–1007). Open until resolved or endorsed again.
/// </summary>
public sealed record OpgaveDissentRecorded(Guid ProgrammeId, Guid PartnerId, LocalDate On, string Reason, Instant RecordedAt) : IProgrammeEvent;

/// <summary>The partner's dissent on the opgave was resolved, and how.</summary>
public sealed record OpgaveDissentResolved(Guid ProgrammeId, Guid PartnerId, LocalDate On, string How, Instant RecordedAt) : IProgrammeEvent;

/// <summary>A person acts for a partner organisation in this programme.</summary>
public sealed record RepresentativeNamed(Guid ProgrammeId, Guid PartnerId, Guid PersonId, string Name, string Function, Instant RecordedAt) : IProgrammeEvent;

/// <summary>
/// The opdracht was (re)confirmed with the people now representing the partner: after a change of representative
/// the opdracht has to be contracted again (004 l. 4420–4426, 4464–4480).
/// </summary>
public sealed record OpdrachtReconfirmed(Guid ProgrammeId, Guid PartnerId, LocalDate ReconfirmedOn, string? Note, Instant RecordedAt) : IProgrammeEvent;

/// <summary>
/// Explicitly not: the partner's new representatives did not (re)confirm the opdracht ("Het is helaas niet gelukt om
/// het ‘oude’ contract met de vorige opdrachtgevers herbevestigd te krijgen met de nieuwe opdrachtgevers", 004 l. 4464–4468).
/// </summary>
public sealed record OpdrachtNotReconfirmed(Guid ProgrammeId, Guid PartnerId, LocalDate RecordedOn, string Reason, Instant RecordedAt) : IProgrammeEvent;

/// <summary>
/// Authority granted to a partner or a body: what it may decide, on which aspects of doorzettingsmacht (rec. 5).
/// <paramref name="Aspects"/> is null when the aspects were not known; stored events from before always list them.
/// </summary>
public sealed record MandateGranted(
    Guid ProgrammeId,
    Guid MandateId,
    Guid HolderId,
    Guid GrantedByPartnerId,
    string Scope,
    IReadOnlyList<DoorzettingsAspect>? Aspects,
    LocalDate ValidFrom,
    LocalDate? ValidUntil,
    Instant RecordedAt) : IProgrammeEvent;

public sealed record MandateRevoked(Guid ProgrammeId, Guid MandateId, string Reason, Instant RecordedAt) : IProgrammeEvent;

/// <summary>Rec. 9: "alle betrokken partijen leerdoelen formuleren".</summary>
public sealed record LearningGoalSet(Guid ProgrammeId, Guid PartnerId, Guid GoalId, string Goal, Instant RecordedAt) : IProgrammeEvent;

public enum PartnerRole
{
    Opdrachtgever,
    Opdrachtnemer,
    StaandeOrganisatie,
    Ketenpartner,
    Procesbegeleider,
    Ervaringsdeskundige,
}

public enum Bestuurslaag { Rijk, Provincie, Gemeente, Waterschap, Uitvoeringsorganisatie, Koepel, MaatschappelijkeOrganisatie }

/// <summary>The four aspects of doorzettingsmacht named in rec. 5.</summary>
public enum DoorzettingsAspect { Beleidsmatig, Financieel, Juridisch, Communicatief }
