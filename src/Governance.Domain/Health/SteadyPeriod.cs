using NodaTime;
using Governance.Domain.Common;

namespace Governance.Domain.Health;

/// <summary>
/// The stretch of time around a moment in which none of the ten indicators can change: the rules look only at the
/// facts recorded up to the moment and at the moment's date in Europe/Amsterdam (the reasoning of
/// <see cref="IndicatorHistory"/>), so an evaluation stands from the later of the last recorded fact and local
/// midnight until the earlier of the next recorded fact and the next local midnight. This lets the portfolio keep an
/// evaluation until it can differ, instead of evaluating every programme on every request.
/// </summary>
public sealed record SteadyPeriod(Instant From, Instant Until)
{
    /// <summary>True when an evaluation at <paramref name="moment"/> equals the one this period was taken around.</summary>
    public bool Contains(Instant moment) => From <= moment && moment < Until;

    public static SteadyPeriod Around(ProgrammeFacts facts, Instant moment)
    {
        var today = moment.InZone(AmsterdamTime.Zone).Date;
        var from = today.AtStartOfDayInZone(AmsterdamTime.Zone).ToInstant();
        var until = today.PlusDays(1).AtStartOfDayInZone(AmsterdamTime.Zone).ToInstant();
        foreach (var recorded in facts.RecordedMoments())
        {
            if (recorded <= moment) { if (recorded > from) from = recorded; }
            else { if (recorded < until) until = recorded; break; }
        }
        return new SteadyPeriod(from, until);
    }
}
