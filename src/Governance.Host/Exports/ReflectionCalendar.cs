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

    public static byte[] Build(IEnumerable<ReflectionSessionView> sessions, string name)
    {
        var calendar = new Calendar { ProductId = "-//Programmagovernance//Reflectiesessies//NL" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", Zone);
        calendar.AddTimeZone(new VTimeZone(Zone));
        // The parts of a gezamenlijke sessie are one appointment: one event per UID (docs/adr/0004).
        foreach (var session in sessions.OrderBy(s => s.Start.ToInstant()).DistinctBy(s => s.JointSessionId ?? s.Id))
            calendar.Events.Add(EventOf(session));
        return System.Text.Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }

    public static string Uid(Guid sessionId) => $"{sessionId}@programmagovernance";

    private static CalendarEvent EventOf(ReflectionSessionView session)
    {
        var cancelled = session.Status == ReflectionSessionStatus.Cancelled;
        var lastChange = session.Moves.Select(m => m.RecordedAt).Append(session.ScheduledAt).Max();
        return new CalendarEvent
        {
            Uid = Uid(session.JointSessionId ?? session.Id),
            Summary = session.Title,
            Location = session.Location,
            Description = cancelled && session.CancellationReason is { } reason
                ? $"Geannuleerd: {reason}"
                : $"Procesbegeleider: {session.Facilitator}",
            Start = Local(session.Start),
            End = Local(session.End),
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Sequence = session.CalendarSequence,
            DtStamp = new CalDateTime(lastChange.ToDateTimeUtc(), "UTC"),
        };
    }

    private static CalDateTime Local(ZonedDateTime moment)
    {
        var local = moment.WithZone(AmsterdamTime.Zone).LocalDateTime;
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, Zone);
    }
}
