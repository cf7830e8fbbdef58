using Governance.Domain.Common;
using Governance.Domain.Partners;
using NodaTime;

namespace Governance.Domain.Bodies;

/// <summary>
/// A governance body (stuurgroep, opdrachtgeversberaad, bestuurlijk overleg …) was set up. <paramref name="Aspects"/>
/// empty: a body without doorzettingsmacht (a klankbordgroep); null: not known on which aspects it can push through.
/// </summary>
public sealed record GovernanceBodyEstablished(
    Guid ProgrammeId,
    Guid BodyId,
    string Name,
    BodyKind Kind,
    string Purpose,
    int MeetingsPerYear,
    IReadOnlyList<DoorzettingsAspect>? Aspects,
    Instant RecordedAt) : IProgrammeEvent;

public sealed record BodyMemberAdded(Guid ProgrammeId, Guid BodyId, Guid PartnerId, Instant RecordedAt) : IProgrammeEvent;

public sealed record BodyMemberRemoved(Guid ProgrammeId, Guid BodyId, Guid PartnerId, Instant RecordedAt) : IProgrammeEvent;

/// <summary>The three questions to agree on up front (004 l. 3214–3226): sfeer, spelregels, wat als het niet lukt.</summary>
public sealed record GroundRulesAgreed(Guid ProgrammeId, Guid BodyId, string Atmosphere, string SuccessFactors, string WhenItFails, Instant RecordedAt) : IProgrammeEvent;

/// <summary>A meeting of a body took place, with who attended and what was on the agenda.</summary>
public sealed record MeetingHeld(
    Guid ProgrammeId,
    Guid BodyId,
    Guid MeetingId,
    LocalDate HeldOn,
    IReadOnlyList<Guid> AttendingPartnerIds,
    IReadOnlyList<AgendaItem> Agenda,
    Instant RecordedAt) : IProgrammeEvent;

/// <summary>Rec. 7 asks how much of a meeting is about opgave and praktijk versus proces and middelen.</summary>
public sealed record AgendaItem(string Title, AgendaTag Tag);

public enum AgendaTag { OpgaveEnPraktijk, ProcesEnMiddelen }

public enum BodyKind { Stuurgroep, Opdrachtgeversberaad, BestuurlijkOverleg, Programmaraad, Klankbordgroep, Werkgroep }
