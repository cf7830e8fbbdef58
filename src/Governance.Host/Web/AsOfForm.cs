using Governance.Domain.Health;
using NodaTime;
using NodaTime.Text;

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
        var today = now.InZone(HealthEvaluation.Zone).Date;
        if (string.IsNullOrWhiteSpace(opDatum)) return new AsOfForm { Moment = now, Date = today };

        var parsed = LocalDatePattern.Iso.Parse(opDatum.Trim());
        if (!parsed.Success)
            return new AsOfForm { Value = opDatum, Error = "Vul een geldige datum in, bijvoorbeeld 2021-03-01.", Moment = now, Date = today };
        if (parsed.Value >= today) return new AsOfForm { Value = opDatum, Moment = now, Date = today };

        var endOfDay = parsed.Value.PlusDays(1).AtStartOfDayInZone(HealthEvaluation.Zone).ToInstant().Minus(Duration.Epsilon);
        return new AsOfForm { Value = opDatum, Moment = endOfDay, Date = parsed.Value, IsPast = true };
    }
}
