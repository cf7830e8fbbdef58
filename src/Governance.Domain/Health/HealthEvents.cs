using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Health;

/// <summary>
/// The opdrachtgever set other thresholds for the health rules of this programme (on the programme stream). The
/// reason is kept: a changed norm is itself something to discuss (003 l. 1911–1912: figures give "schijninzicht"
/// and "een cultuur van afrekenen").
/// </summary>
public sealed record HealthThresholdsChanged(Guid ProgrammeId, HealthThresholds Thresholds, string Reason, Instant RecordedAt) : IProgrammeEvent;
