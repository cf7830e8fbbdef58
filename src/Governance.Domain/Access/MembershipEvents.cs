using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Access;

/// <summary>
/// A person was given a role in the programme, optionally acting for one partner organisation (whose position on
/// decisions they may then record).
/// </summary>
public sealed record ProgrammeMemberAssigned(Guid ProgrammeId, Guid PersonId, string PersonName, MemberRole Role, Guid? PartnerId, Instant RecordedAt) : IProgrammeEvent;

public sealed record ProgrammeMemberRemoved(Guid ProgrammeId, Guid PersonId, Instant RecordedAt) : IProgrammeEvent;
