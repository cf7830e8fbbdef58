using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Resources;

/// <summary>
/// Money committed to the programme by a partner. Funding is not the opdrachtnemer's task (004 l. 1870–1878:
/// "dat is een veelvoorkomend misverstand"), so the committing partner is never the opdrachtnemer. The amount and
/// the end (<paramref name="Until"/>, the horizon) are null when they were not known; stored events carry both.
/// </summary>
public sealed record FundingCommitted(
    Guid ProgrammeId,
    Guid FundingId,
    Guid CommittedByPartnerId,
    decimal? AmountEuro,
    LocalDate From,
    LocalDate? Until,
    FundingKind Kind,
    Instant RecordedAt) : IProgrammeEvent;

public sealed record TeamMemberJoined(Guid ProgrammeId, Guid MemberId, string Name, string Role, IReadOnlyList<string> Competences, decimal Fte, Instant RecordedAt) : IProgrammeEvent;

public sealed record TeamMemberLeft(Guid ProgrammeId, Guid MemberId, LocalDate LeftOn, Instant RecordedAt) : IProgrammeEvent;

public enum FundingKind { Structureel, Tijdelijk }

/// <summary>
/// A means instrument was established: a grant or subsidy scheme, regional project leaders ("zorg dan voor
/// plaatselijke verbindingen in de vorm van projectleiders … en faciliteer gemeenten en lokaal werkende instanties
/// waar nodig met subsidie of andere middelen", 004 l. 1070–1078).
/// </summary>
public sealed record MeansInstrumentEstablished(Guid ProgrammeId, Guid InstrumentId, string Name, MeansInstrumentKind Kind, LocalDate EstablishedOn, Instant RecordedAt) : IProgrammeEvent;

/// <summary>A partner contests the instrument ("Kort na die start bleek de totstandkoming van een subsidieregeling niet zonder slag of stoot te gaan", 004 l. 679–683).</summary>
public sealed record MeansInstrumentContested(Guid ProgrammeId, Guid InstrumentId, Guid PartnerId, string Reason, LocalDate ContestedOn, Instant RecordedAt) : IProgrammeEvent;

/// <summary>The dispute about the instrument was settled, and how.</summary>
public sealed record MeansInstrumentDisputeSettled(Guid ProgrammeId, Guid InstrumentId, string Outcome, LocalDate SettledOn, Instant RecordedAt) : IProgrammeEvent;

/// <summary>Regional kinds reach the place where the difference is made (rec. 3); every kind is means (rec. 4).</summary>
public enum MeansInstrumentKind { Subsidieregeling, RegionaleProjectleiders, Anders }
