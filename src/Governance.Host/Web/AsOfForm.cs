using Governance.Domain.Health;
using NodaTime;
using NodaTime.Text;
using Governance.Domain.Common;
using Governance.Host.Infrastructure;

namespace Governance.Host.Web;

/// <summary>
/// The "Bekijk zoals op &lt;datum&gt;" choice of a page (query string <c>opDatum=2021-03-01</c>): the end of that day in
/// Europe/Amsterdam, or now when absent. An unreadable date is said next to the field and the page shows today.
/// </summary>
public sealed class AsOfForm
{
    public string? Value { get; private init; }
    public string? Error { get; private init; }
    public Instant Moment { get; private init; }
    public LocalDate Date { get; private init; }
    public bool IsPast { get; private init; }

    public static AsOfForm Read(string? opDatum, Instant now)
    {
        var today = now.InZone(AmsterdamTime.Zone).Date;
        if (!IsoDate.TryRead(opDatum, out var date))
            return new AsOfForm { Value = opDatum, Error = IsoDate.Message, Moment = now, Date = today };
        if (date is not { } chosen) return new AsOfForm { Moment = now, Date = today };
        if (chosen >= today) return new AsOfForm { Value = opDatum, Moment = now, Date = today };

        var endOfDay = chosen.PlusDays(1).AtStartOfDayInZone(AmsterdamTime.Zone).ToInstant().Minus(Duration.Epsilon);
        return new AsOfForm { Value = opDatum, Moment = endOfDay, Date = chosen, IsPast = true };
    }
}
