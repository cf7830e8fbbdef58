using Governance.Domain.Common;
using Governance.Projections.Reflection;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace Governance.Host.Notifications;

/// <summary>
/// A reflection session as an iCalendar invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL). The UID is
/// derived from the session's id and the SEQUENCE grows with every change, so a calendar updates or removes the
/// same appointment instead of adding another. Times are local Europe/Amsterdam with a VTIMEZONE.
/// </summary>
public static class CalendarInvitation
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    public static string Uid(Guid sessionId) => $"reflectiesessie-{sessionId}@programmagovernance";

    /// <param name="description">The appointment's text when the caller composed it for this attendee (a gezamenlijke sessie: the agenda of their own programmes); otherwise the session's own.</param>
    public static string Create(ReflectionSessionView session, string method, long sequence, string organiserEmail, string attendeeEmail, string attendeeName, Instant now,
        string? description = null)
    {
        var calendar = Exports.ReflectionCalendar.NewCalendar(method);
        var appointment = new CalendarEvent
        {
            // A gezamenlijke sessie is one appointment for everyone: its parts share the joint id's UID (docs/adr/0004).
            Uid = Uid(session.JointSessionId ?? session.Id),
            Sequence = (int)sequence,
            Summary = session.Title,
            Location = session.Location,
            Description = description ?? Description(session),
            DtStamp = new CalDateTime(now.ToDateTimeUtc()),
            DtStart = Exports.ReflectionCalendar.Local(session.Start),
            DtEnd = Exports.ReflectionCalendar.Local(session.End),
            Status = method == Cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
            Organizer = new Organizer($"mailto:{organiserEmail}") { CommonName = "Programmagovernance" },
        };
        appointment.Attendees.Add(new Attendee($"mailto:{attendeeEmail}")
        {
            CommonName = attendeeName,
            Role = ParticipationRole.RequiredParticipant,
            ParticipationStatus = method == Cancel ? null : EventParticipationStatus.NeedsAction,
            Rsvp = method != Cancel,
        });
        calendar.Events.Add(appointment);
        return Exports.ReflectionCalendar.Serialize(calendar);
    }

    /// <summary>Who leads the session and, once chosen, its agenda, so the appointment itself says what is discussed.</summary>
    private static string Description(ReflectionSessionView session)
    {
        var text = $"Reflectiesessie, begeleid door {session.Facilitator}.";
        if (session.Agenda.Count == 0) return text;
        return text + "\n\nAgenda:\n" + string.Join("\n", session.Agenda.Select((item, i) => $"{i + 1}. {item.Title}"));
    }
}
