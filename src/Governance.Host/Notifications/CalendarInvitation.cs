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

    /// <param name="site">Where the site is served: the appointment links to the session's page.</param>
    /// <param name="description">The appointment's text when the caller composed it for this attendee (a gezamenlijke sessie: the agenda of their own programmes); otherwise the session's own.</param>
    public static string Create(ReflectionSessionView session, string method, long sequence, string organiserEmail, string attendeeEmail, string attendeeName, Instant now,
        Uri site, string? description = null)
    {
        var calendar = Exports.ReflectionCalendar.NewCalendar(method);
        var appointment = new CalendarEvent
        {
            // A gezamenlijke sessie is one appointment for everyone: its parts share the joint id's UID (docs/adr/0004).
            Uid = Uid(session.JointSessionId ?? session.Id),
            Sequence = (int)sequence,
            Summary = session.Title,
            Location = session.Location,
            // The same text as the downloaded .ics: who leads it, the agenda, the session's page; or why it was cancelled.
            Description = description ?? Exports.ReflectionCalendar.Description(session, site),
            Url = session.JointSessionId is { } joint
                ? Exports.ReflectionCalendar.JointSessionPage(site, joint)
                : Exports.ReflectionCalendar.SessionPage(site, session.ProgrammeId, session.Id),
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
}
