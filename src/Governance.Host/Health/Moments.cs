using Governance.Domain.Health;
using NodaTime;
using NodaTime.Text;

namespace Governance.Host.Health;

/// <summary>
/// How the health API reads a moment from the query string: a date (<c>2021-03-01</c>) means that whole day in
/// Europe/Amsterdam — the end of the day for <c>asOf</c>/<c>to</c>, its start for <c>from</c> — and an instant
/// (<c>2021-03-01T12:00:00Z</c> or with an offset) means exactly that moment.
/// </summary>
public static class Moments
{
    public static bool TryParse(string? value, bool endOfDay, Instant whenAbsent, out Instant moment)
    {
        moment = whenAbsent;
        if (string.IsNullOrWhiteSpace(value)) return true;
        var text = value.Trim();

        var date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            var day = endOfDay ? date.Value.PlusDays(1) : date.Value;
            var start = day.AtStartOfDayInZone(HealthEvaluation.Zone).ToInstant();
            moment = endOfDay ? start.Minus(Duration.Epsilon) : start;
            return true;
        }

        var instant = InstantPattern.ExtendedIso.Parse(text);
        if (instant.Success) { moment = instant.Value; return true; }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offset.Success) { moment = offset.Value.ToInstant(); return true; }
        return false;
    }

    public static IResult Invalid(string field) => Results.ValidationProblem(
        new Dictionary<string, string[]>
        {
            [field] = [$"{field} is geen geldige datum of tijdstip: gebruik bijvoorbeeld 2021-03-01 of 2021-03-01T12:00:00Z."],
        },
        title: "De invoer is niet geldig.",
        detail: $"{field} is geen geldige datum of tijdstip.");
}
