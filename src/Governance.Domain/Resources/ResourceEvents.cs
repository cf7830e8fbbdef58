using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Resources;

/// <summary>
/// Money committed to the programme by a partner. Funding is not the opdrachtnemer's task (004 l. 1870–1878:
/// "dat is een veelvoorkomend misverstand"), so the committing partner is never the opdrachtnemer.
/// </summary>
public sealed record FundingCommitted(
    Guid ProgrammeId,
    Guid FundingId,
    Guid CommittedByPartnerId,
    decimal AmountEuro,
    LocalDate From,
    LocalDate Until,
    FundingKind Kind,
    Instant RecordedAt) : IProgrammeEvent;

public sealed record TeamMemberJoined(Guid ProgrammeId, Guid MemberId, string Name, string Role, IReadOnlyList<string> Competences, decimal Fte, Instant RecordedAt) : IProgrammeEvent;

public sealed record TeamMemberLeft(Guid ProgrammeId, Guid MemberId, LocalDate LeftOn, Instant RecordedAt) : IProgrammeEvent;

public enum FundingKind { Structureel, Tijdelijk }
