using Governance.Domain.Decisions;
using Governance.Projections.Audit;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Governance.Projections.Decisions;

/// <summary>
/// Folds one decision stream into the <see cref="DecisionRecord"/> the decision log reads. Each step of its history says
/// who recorded it, from the event's metadata.
/// </summary>
public partial class DecisionRecordProjection : SingleStreamProjection<DecisionRecord, Guid>
{
    public DecisionRecord Create(IEvent<DecisionLogged> logged)
    {
        var e = logged.Data;
        return new()
        {
            Id = e.DecisionId,
            ProgrammeId = e.ProgrammeId,
            Title = e.Title,
            Context = e.Context,
            Options = [.. e.Options],
            ChosenOption = e.ChosenOption,
            Rationale = e.Rationale,
            DecidedBy = e.DecidedBy,
            MandateId = e.MandateId,
            Responsible = e.Responsible,
            DecidedOn = e.DecidedOn,
            Recommendations = [.. e.Recommendations],
            ExpectedEffect = e.ExpectedEffect,
            ReviewOn = e.ReviewOn,
            Status = e.Status,
            Woo = e.Woo,
            LoggedAt = e.RecordedAt,
            History =
            [
                By(logged, new(DecisionHistoryKind.Logged, e.RecordedAt, e.DecidedOn,
                    e.Status == DecisionStatus.Proposed ? "Vastgelegd als voorgesteld besluit." : e.DecidedBy.IsKnown() ? $"Vastgelegd als genomen besluit van {e.DecidedBy.Name}." : "Vastgelegd als genomen besluit; wie besloot is onbekend.")),
            ],
        };
    }

    public void Apply(DecisionRecord record, IEvent<DecisionTaken> @event)
    {
        var e = @event.Data;
        record.Status = Decision.StatusAfter(record.Status, e);
        record.DecidedOn = e.DecidedOn;
        record.History.Add(By(@event, new(DecisionHistoryKind.Taken, e.RecordedAt, e.DecidedOn, "Het besluit is genomen.")));
    }

    public void Apply(DecisionRecord record, IEvent<PartnerPositionRecorded> @event)
    {
        var e = @event.Data;
        record.Positions.RemoveAll(p => p.PartnerId == e.PartnerId);
        record.Positions.Add(new PartnerPositionView(e.PartnerId, e.Position, e.Reasoning, e.RecordedAt) { TakenBy = e.TakenBy });
        record.History.Add(By(@event, new(DecisionHistoryKind.PositionRecorded, e.RecordedAt, null, $"Standpunt van een partner: {Dutch(e.Position)}.",
            e.PartnerId, e.Position, e.Reasoning)));
    }

    public void Apply(DecisionRecord record, IEvent<DecisionRevised> @event)
    {
        var e = @event.Data;
        record.Status = Decision.StatusAfter(record.Status, e);
        if (e.ChosenOption is not null) record.ChosenOption = e.ChosenOption;
        if (e.Rationale is not null) record.Rationale = e.Rationale;
        if (e.ReviewOn is not null) record.ReviewOn = e.ReviewOn;
        record.History.Add(By(@event, new(DecisionHistoryKind.Revised, e.RecordedAt, null, $"Herzien: {e.Reason}")));
    }

    public void Apply(DecisionRecord record, IEvent<DecisionSuperseded> @event)
    {
        var e = @event.Data;
        record.Status = Decision.StatusAfter(record.Status, e);
        record.SupersededByDecisionId = e.SupersededByDecisionId;
        record.History.Add(By(@event, new(DecisionHistoryKind.Superseded, e.RecordedAt, null, "Vervangen door een later besluit.")));
    }

    public void Apply(DecisionRecord record, IEvent<DecisionWithdrawn> @event)
    {
        var e = @event.Data;
        record.Status = Decision.StatusAfter(record.Status, e);
        record.WithdrawalReason = e.Reason;
        record.History.Add(By(@event, new(DecisionHistoryKind.Withdrawn, e.RecordedAt, null, $"Ingetrokken: {e.Reason}")));
    }

    public void Apply(DecisionRecord record, IEvent<DecisionReviewed> @event)
    {
        var e = @event.Data;
        record.ReviewOn = e.NextReviewOn;
        record.History.Add(By(@event, new(DecisionHistoryKind.Reviewed, e.RecordedAt, e.ReviewedOn, $"Herbeoordeeld: {e.Conclusion}")));
    }

    private static DecisionHistoryEntry By(IEvent @event, DecisionHistoryEntry entry) => entry with
    {
        Person = @event.UserName,
        Organisation = @event.Headers?.GetValueOrDefault(AuditTrailProjection.OrganisationHeader)?.ToString(),
    };

    private static string Dutch(PartnerPosition position) => position switch
    {
        PartnerPosition.Agrees => "eens",
        PartnerPosition.AgreesWithReservations => "eens met voorbehoud",
        PartnerPosition.Dissents => "oneens",
        _ => "onthoudt zich",
    };
}
