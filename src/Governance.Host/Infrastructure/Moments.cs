using Governance.Domain.Common;
using JasperFx.Events;
using Marten;
using NodaTime;
using NodaTime.Text;

namespace Governance.Host.Infrastructure;

/// <summary>
/// The one way the API reads a moment from a query string (<c>asOf</c>, <c>from</c>, <c>to</c>): an ISO instant
/// (<c>2021-03-01T12:00:00Z</c>, or with an offset) means exactly that moment; a calendar date (<c>2021-03-01</c>)
/// means that day in Europe/Amsterdam — its start for the start of a period, its end for "as of" and the end of a
/// period. And the one way a stream-backed document is read as it stood at such a moment.
/// </summary>
public static class Moments
{

    public enum Boundary { StartOfDay, EndOfDay }

    /// <summary>Reads an optional moment: null when absent, a 400 problem naming <paramref name="field"/> when unreadable.</summary>
    public static bool TryRead(string? text, string field, Boundary boundary, out Instant? moment, out IResult? problem)
    {
        moment = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (Parse(text, boundary) is { } parsed)
        {
            moment = parsed;
            return true;
        }
        problem = Invalid(field);
        return false;
    }

    /// <summary>Reads a moment that has a default when absent (<paramref name="whenAbsent"/>, e.g. now).</summary>
    public static bool TryParse(string? value, bool endOfDay, Instant whenAbsent, out Instant moment)
    {
        moment = whenAbsent;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (Parse(value, endOfDay ? Boundary.EndOfDay : Boundary.StartOfDay) is not { } parsed) return false;
        moment = parsed;
        return true;
    }

    /// <summary>
    /// The moments a read can be asked about. Governance records start in the last century; far beyond these bounds a
    /// date has no end of day to compute (9999-12-31 has no next day) and is a typing error, so it is a 400.
    /// </summary>
    private static readonly Instant Earliest = Instant.FromUtc(1900, 1, 1, 0, 0);
    private static readonly Instant Latest = Instant.FromUtc(3000, 1, 1, 0, 0);

    private static Instant? Parse(string value, Boundary boundary)
    {
        var moment = ParseUnbounded(value.Trim(), boundary);
        return moment >= Earliest && moment <= Latest ? moment : null;
    }

    private static Instant? ParseUnbounded(string text, Boundary boundary)
    {
        if (IsoDate.TryRead(text, out var day) && day is { } date)
        {
            if (date.Year is < 1900 or >= 3000) return null;
            return boundary == Boundary.StartOfDay
                ? AmsterdamTime.Zone.AtStartOfDay(date).ToInstant()
                : AmsterdamTime.Zone.AtStartOfDay(date.PlusDays(1)).ToInstant() - Duration.Epsilon;
        }
        var instant = InstantPattern.ExtendedIso.Parse(text);
        if (instant.Success) return instant.Value;
        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        return offset.Success ? offset.Value.ToInstant() : null;
    }

    public static IResult Invalid(string field) => Results.ValidationProblem(
        new Dictionary<string, string[]>
        {
            [field] = [$"{field} is geen geldige datum of tijdstip tussen 1900 en 3000: gebruik bijvoorbeeld 2021-03-01 of 2021-03-01T12:00:00Z."],
        },
        title: "De invoer is niet geldig.",
        detail: $"{field} is geen geldige datum of tijdstip.");

    /// <summary>
    /// A single-stream document as it stood at <paramref name="moment"/>: the stream's events up to that moment (by
    /// the moment each event says it was recorded, the domain's clock) folded live through the document's own
    /// projection. Null when the stream had no event yet. Null <paramref name="moment"/>: the stored read model.
    /// </summary>
    public static async Task<T?> AsOf<T>(this IQuerySession session, Guid streamId, Instant? moment, CancellationToken ct) where T : class
    {
        if (moment is not { } at) return await session.LoadAsync<T>(streamId, ct);
        var events = await session.Events.FetchStreamAsync(streamId, token: ct);
        var last = events.TakeWhile(e => RecordedAt(e) <= at).LastOrDefault();
        return last is null ? null : await session.Events.AggregateStreamAsync<T>(streamId, version: last.Version, token: ct);
    }

    /// <summary>The moment an event says it was recorded (the domain's clock), else when Marten stored it.</summary>
    public static Instant RecordedAt(IEvent e) =>
        e.Data is IProgrammeEvent recorded ? recorded.RecordedAt : Instant.FromDateTimeOffset(e.Timestamp);
}
