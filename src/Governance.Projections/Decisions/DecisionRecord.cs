using Governance.Domain.Decisions;
using Governance.Domain.Health;
using NodaTime;

namespace Governance.Projections.Decisions;

/// <summary>
/// One decision as the decision log shows it: everything that was logged, its current status, where each partner
/// stands (with reasoning), and the full history of what happened to it, each step with its date.
/// </summary>
public sealed class DecisionRecord
{
    public Guid Id { get; set; }
    public Guid ProgrammeId { get; set; }
    public string Title { get; set; } = "";
    public string Context { get; set; } = "";
    public List<DecisionOption> Options { get; set; } = [];
    public string ChosenOption { get; set; } = "";
    public string Rationale { get; set; } = "";
    public DecisionMaker DecidedBy { get; set; } = new(null, null, "");
    public Guid? MandateId { get; set; }
    public LocalDate DecidedOn { get; set; }
    public List<Recommendation> Recommendations { get; set; } = [];
    public string ExpectedEffect { get; set; } = "";
    public LocalDate? ReviewOn { get; set; }
    public DecisionStatus Status { get; set; }
    public WooClassification Woo { get; set; } = new(true, null);
    public Instant LoggedAt { get; set; }
    public Guid? SupersededByDecisionId { get; set; }
    public string? WithdrawalReason { get; set; }

    /// <summary>The current position of each partner that gave one; earlier positions are in <see cref="History"/>.</summary>
    public List<PartnerPositionView> Positions { get; set; } = [];

    /// <summary>Everything that happened to the decision, oldest first.</summary>
    public List<DecisionHistoryEntry> History { get; set; } = [];
}

public sealed record PartnerPositionView(Guid PartnerId, PartnerPosition Position, string? Reasoning, Instant RecordedAt);

public enum DecisionHistoryKind { Logged, Taken, PositionRecorded, Revised, Superseded, Withdrawn, Reviewed }

/// <param name="RecordedAt">When the step was recorded.</param>
/// <param name="On">The step's own business date, where it has one (decided on, reviewed on).</param>
/// <param name="Summary">What happened, in Dutch, as the log shows it.</param>
/// <param name="Person">Who recorded the step, and for which organisation (the event's own metadata).</param>
public sealed record DecisionHistoryEntry(
    DecisionHistoryKind Kind,
    Instant RecordedAt,
    LocalDate? On,
    string Summary,
    Guid? PartnerId = null,
    PartnerPosition? Position = null,
    string? Reasoning = null,
    string? Person = null,
    string? Organisation = null);
