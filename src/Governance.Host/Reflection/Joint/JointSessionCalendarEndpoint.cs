using Governance.Domain.Reflection;
using Governance.Host.Access;
using Governance.Host.Exports;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Marten;
using NodaTime;
using Wolverine.Http;
using Governance.Domain.Common;

namespace Governance.Host.Reflection.Joint;

public static class JointSessionCalendarEndpoint
{
    /// <summary>
    /// De gezamenlijke sessie als één afspraak (.ics). Met de UID van de gezamenlijke sessie (dezelfde als in de
    /// gemailde uitnodigingen, zodat een agenda de afspraak één keer bevat) en in de beschrijving de agendapunten van
    /// de programma's waaraan de aangemelde persoon meedoet, elk met zijn programma.
    /// </summary>
    [WolverineGet("/api/joint-reflection-sessions/{jointSessionId}/calendar", OperationId = "exportJointReflectionSessionIcs")]
    [RequiresSignIn]
    [Tags("Exports")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/calendar")]
    public static async Task<IResult> Get(Guid jointSessionId, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        var (parts, refused) = await JointSessions.Readable(http, session, jointSessionId, ct);
        if (refused is not null) return refused;
        var view = GetJointReflectionSession.ViewOf(jointSessionId, parts);
        var first = parts[0].Session;

        var calendar = ReflectionCalendar.NewCalendar();
        var cancelled = view.Status == ReflectionSessionStatus.Cancelled;
        calendar.Events.Add(new CalendarEvent
        {
            Uid = Notifications.CalendarInvitation.Uid(jointSessionId),
            Summary = view.Title,
            Location = view.Location,
            Description = Description(view, ReflectionCalendar.SiteOf(http)),
            Url = ReflectionCalendar.JointSessionPage(ReflectionCalendar.SiteOf(http), jointSessionId),
            Start = ReflectionCalendar.Local(view.Start),
            End = ReflectionCalendar.Local(view.End),
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Sequence = first.CalendarSequence,
            DtStamp = new CalDateTime(first.ScheduledAt.ToDateTimeUtc(), "UTC"),
        });
        var bytes = System.Text.Encoding.UTF8.GetBytes(ReflectionCalendar.Serialize(calendar));
        return ExportFiles.File(bytes, ExportFiles.Calendar, ReflectionCalendar.FileName(view.Title, "gezamenlijke-reflectiesessie"));
    }

    /// <summary>
    /// The agenda in the appointment itself, so invitees read what is discussed where they read the time, and the
    /// link to the session's page (<paramref name="site"/>: where the site is served).
    /// </summary>
    public static string Description(JointReflectionSessionView view, Uri site)
    {
        var text = $"Gezamenlijke reflectiesessie van {string.Join(", ", view.Programmes.Select(p => p.ProgrammeName))}, begeleid door {view.Facilitator}.";
        if (view.Agenda.Count > 0)
            text += "\n\nAgenda:\n" + string.Join("\n", view.Agenda.Select((item, i) => $"{i + 1}. [{item.ProgrammeName}] {item.Title}"));
        return text + $"\n\nSessie: {ReflectionCalendar.JointSessionPage(site, view.JointSessionId)}";
    }
}
