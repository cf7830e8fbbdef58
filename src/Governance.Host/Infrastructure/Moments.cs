using NodaTime;
using NodaTime.Text;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Reads a moment from a query string: an ISO instant (<c>2021-03-01T12:00:00Z</c>) or a calendar date
/// (<c>2021-03-01</c>), which people mean in Dutch time: the start of that day in Europe/Amsterdam for the start
/// of a period, its end for "as of" and the end of a period.
/// </summary>
public static class Moments
{
    public static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public enum Boundary { StartOfDay, EndOfDay }

    public static bool TryRead(string? text, string field, Boundary boundary, out Instant? moment, out IResult? problem)
    {
        moment = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) return true;

        var instant = InstantPattern.ExtendedIso.Parse(text.Trim());
        if (instant.Success)
        {
            moment = instant.Value;
            return true;
        }
        var date = LocalDatePattern.Iso.Parse(text.Trim());
        if (date.Success)
        {
            moment = boundary == Boundary.StartOfDay
                ? Amsterdam.AtStartOfDay(date.Value).ToInstant()
                : Amsterdam.AtStartOfDay(date.Value.PlusDays(1)).ToInstant() - Duration.Epsilon;
            return true;
        }
        problem = Results.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [$"{field} is een datum (2021-03-01) of een tijdstip (2021-03-01T12:00:00Z)."] },
            title: "De invoer is niet geldig.");
        return false;
    }
}
