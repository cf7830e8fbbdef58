using Governance.Domain.Common;
using JasperFx.Events;
using Marten.Events.Projections;
using NodaTime;
using NodaTime.Text;

namespace Governance.Projections.Activity;

/// <summary>
/// Counts every <see cref="IProgrammeEvent"/> into its programme's <see cref="ProgrammeActivity"/>. It works on the
/// event envelope rather than per event type so that a new event type is counted without anyone having to remember
/// to add it here. Because it runs asynchronously, its count doubles as a check that the daemon projected each event
/// exactly once (the reliability suite compares it with the events in the store).
/// </summary>
public partial class ProgrammeActivityProjection : MultiStreamProjection<ProgrammeActivity, Guid>
{
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.Iso;

    public ProgrammeActivityProjection()
    {
        Identity<IProgrammeEvent>(e => e.ProgrammeId);
    }

    public override ProgrammeActivity Evolve(ProgrammeActivity? snapshot, Guid id, IEvent e)
    {
        var activity = snapshot ?? new ProgrammeActivity { Id = id };
        if (e.Data is not IProgrammeEvent data) return activity;

        activity.EventCount++;
        activity.LastActivityAt = activity.LastActivityAt is { } last && last > data.RecordedAt ? last : data.RecordedAt;
        activity.LastEventType = e.Data.GetType().Name;
        activity.LastSequence = Math.Max(activity.LastSequence, e.Sequence);

        var month = MonthPattern.Format(data.RecordedAt.InZone(AmsterdamTime.Zone).Date.ToYearMonth());
        var kind = KindOf(e.Data.GetType());
        var index = activity.Months.FindIndex(m => m.Month == month && m.Kind == kind);
        if (index >= 0) activity.Months[index] = activity.Months[index] with { Count = activity.Months[index].Count + 1 };
        else activity.Months.Add(new MonthlyActivity(month, kind, 1));
        return activity;
    }

    /// <summary>The capability of an event is the domain folder it lives in: Governance.Domain.Decisions → "Decisions".</summary>
    public static string KindOf(Type eventType)
    {
        var parts = (eventType.Namespace ?? "").Split('.');
        return parts.Length >= 3 ? parts[2] : "Other";
    }
}
