using Governance.Domain.Reflection;
using Governance.Projections.Reflection;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using Governance.Domain.Common;

namespace Governance.Host.Exports;

/// <summary>
/// Reflection sessions as iCalendar (RFC 5545, Ical.Net): times in Europe/Amsterdam with its VTIMEZONE; one UID per
/// session for good, and a SEQUENCE that rises with every move and with a cancellation, so a calendar that already
/// has the session updates it (moved) or strikes it (STATUS:CANCELLED) instead of adding a second one.
/// </summary>
public static class ReflectionCalendar
{
    private static readonly string Zone = AmsterdamTime.Zone.Id;

    /// <summary>
    /// A calendar with the full VTIMEZONE of Europe/Amsterdam (its STANDARD and DAYLIGHT rules, RFC 5545 §3.6.5): a
    /// reader that uses the file's own zone (ical.js, Thunderbird, Nextcloud) otherwise cannot tell 14:00 in January
    /// (13:00 UTC) from 14:00 in July (12:00 UTC). Every .ics the host makes starts here: downloads, feeds, invitations.
    /// </summary>
    public static Calendar NewCalendar(string? method = null)
    {
        var calendar = new Calendar { ProductId = "-//Programmagovernance//Reflectiesessies//NL" };
        if (method is not null) calendar.Method = method;
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(Zone, new DateTime(2000, 1, 1), includeHistoricalData: false));
        return calendar;
    }

    public static byte[] Build(IEnumerable<ReflectionSessionView> sessions, string name, Uri? site)
    {
        var calendar = NewCalendar();
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", Zone);
        // The parts of a gezamenlijke sessie are one appointment: one event per UID (docs/adr/0004).
        foreach (var session in sessions.OrderBy(s => s.Start.ToInstant()).DistinctBy(s => s.JointSessionId ?? s.Id))
            calendar.Events.Add(EventOf(session, site));
        return System.Text.Encoding.UTF8.GetBytes(Serialize(calendar));
    }

    public static string Serialize(Calendar calendar) => new CalendarSerializer().SerializeToString(calendar) ?? "";

    public static string Uid(Guid sessionId) => $"{sessionId}@programmagovernance";

    /// <summary>The site the request came in on, for links in a calendar (a calendar app opens them outside the host).</summary>
    public static Uri SiteOf(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");

    /// <summary>The session's page, where its agenda and notes are.</summary>
    public static Uri SessionPage(Uri site, Guid programmeId, Guid sessionId) => new(site, $"programmas/{programmeId}/reflectie/{sessionId}");

    /// <summary>A gezamenlijke sessie's own page, across its programmes.</summary>
    public static Uri JointSessionPage(Uri site, Guid jointSessionId) => new(site, $"reflectie/gezamenlijk/{jointSessionId}");

    /// <summary>A file name from the title ("Reflectie Q1: regio's" → "reflectie-q1-regios.ics"), so downloads can be told apart.</summary>
    public static string FileName(string title, string fallback = "reflectiesessie")
    {
        var plain = new System.Text.StringBuilder();
        foreach (var c in title.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c == '\'') continue;
            plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        var slug = System.Text.RegularExpressions.Regex.Replace(plain.ToString(), "-+", "-").Trim('-');
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        return (slug.Length == 0 ? fallback : slug) + ".ics";
    }

    /// <summary>Who leads it, the agenda once chosen, and the link to the session's page; or why it was cancelled.</summary>
    public static string Description(ReflectionSessionView session, Uri? site)
    {
        if (session.Status == ReflectionSessionStatus.Cancelled && session.CancellationReason is { } reason) return $"Geannuleerd: {reason}";
        var text = $"Reflectiesessie, begeleid door {session.Facilitator}.";
        if (session.Agenda.Count > 0)
            text += "\n\nAgenda:\n" + string.Join("\n", session.Agenda.Select((item, i) => $"{i + 1}. {item.Title}"));
        if (site is not null) text += $"\n\nSessie: {SessionPage(site, session.ProgrammeId, session.Id)}";
        return text;
    }

    private static CalendarEvent EventOf(ReflectionSessionView session, Uri? site)
    {
        var cancelled = session.Status == ReflectionSessionStatus.Cancelled;
        var lastChange = session.Moves.Select(m => m.RecordedAt).Append(session.ScheduledAt).Max();
        return new CalendarEvent
        {
            Uid = Uid(session.JointSessionId ?? session.Id),
            Summary = session.Title,
            Location = session.Location,
            Description = Description(session, site),
            Url = site is null ? null : SessionPage(site, session.ProgrammeId, session.Id),
            Start = Local(session.Start),
            End = Local(session.End),
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Sequence = session.CalendarSequence,
            DtStamp = new CalDateTime(lastChange.ToDateTimeUtc(), "UTC"),
        };
    }

    /// <summary>The moment as local Amsterdam time with its TZID, which the calendar's VTIMEZONE defines.</summary>
    public static CalDateTime Local(ZonedDateTime moment)
    {
        var local = moment.WithZone(AmsterdamTime.Zone).LocalDateTime;
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, Zone);
    }
}
