using System.Text;
using System.Text.Json;
using Alba;
using Governance.Host.Exports;
using Governance.Host.Notifications;
using Governance.Projections.Reflection;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Host.Tests.Exports;

/// <summary>
/// Issue 21: every .ics had an empty VTIMEZONE, so ical.js (Thunderbird, Nextcloud), which uses the file's own zone,
/// put a 14:00 session in January at 14:00 UTC and a 09:30 summer session two hours late. Each calendar output is now
/// read by ical.js — not by the library that wrote it — and a winter and a summer session land at their UTC instants;
/// the description carries the agenda and the session's link, and a download is named after its title.
/// </summary>
public class calendars_land_at_the_right_hour(AppFixture app) : HostTest(app)
{
    private const string Winter = "2027-01-12T14:00"; // CET, UTC+1
    private const string Summer = "2026-07-14T09:30"; // CEST, UTC+2

    [Fact]
    public async Task every_calendar_output_read_by_ical_js_puts_a_winter_and_a_summer_session_at_their_utc_instants()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Facilitator);
        var winter = ReflectionSamples.Session(Winter);
        winter["title"] = "Reflectie winter: regio's";
        var winterId = await Host.ScheduleReflectionSession(programmeId, winter);
        var summerId = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session(Summer));
        var sessionUrl = $"/api/programmes/{programmeId}/reflection-sessions/{winterId}";
        await Host.PostCommand($"{sessionUrl}/agenda", new { items = new object[] { new { title = "Rondvraag" } } }, 204);

        var download = await Host.Scenario(s => { s.Get.Url($"{sessionUrl}/calendar"); s.StatusCodeShouldBe(200); });
        download.Context.Response.Headers.ContentDisposition.ToString().ShouldContain("reflectie-winter-regios.ics");
        var single = await ReadWithIcalJs(await download.ReadAsTextAsync());
        var winterEvent = single.GetProperty("events").EnumerateArray().Single();
        winterEvent.GetProperty("startUtc").GetString().ShouldBe("2027-01-12T13:00:00.000Z");
        winterEvent.GetProperty("endUtc").GetString().ShouldBe("2027-01-12T15:00:00.000Z");
        var description = winterEvent.GetProperty("description").GetString()!;
        description.ShouldContain("Agenda:\n1. Rondvraag");
        description.ShouldContain($"/programmas/{programmeId}/reflectie/{winterId}");
        winterEvent.GetProperty("url").GetString()!.ShouldEndWith($"/programmas/{programmeId}/reflectie/{winterId}");

        var feeds = await (await Host.Scenario(s => { s.Post.Url("/api/me/calendar-feed-token"); s.StatusCodeShouldBe(200); })).ReadJson();
        var token = feeds.GetProperty("token").GetString()!;
        foreach (var url in new[]
                 {
                     $"/api/programmes/{programmeId}/exports/reflection-sessions.ics",
                     $"/api/calendar-feeds/{token}/programmes/{programmeId}",
                     $"/api/calendar-feeds/{token}/reflection-sessions?facilitator=Anna%20de%20Vries",
                 })
        {
            var calendar = await ReadWithIcalJs(await (await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBe(200); })).ReadAsTextAsync());
            var starts = calendar.GetProperty("events").EnumerateArray()
                .ToDictionary(e => e.GetProperty("uid").GetString()!, e => e.GetProperty("startUtc").GetString());
            starts[ReflectionCalendar.Uid(winterId)].ShouldBe("2027-01-12T13:00:00.000Z", url);
            starts[ReflectionCalendar.Uid(summerId)].ShouldBe("2026-07-14T07:30:00.000Z", url);
        }

        // The mailed invitation is made by the same code; read it as the attendee's calendar would.
        await using var query = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var summerView = (await query.LoadAsync<ReflectionSessionView>(summerId))!;
        var invitation = CalendarInvitation.Create(summerView, CalendarInvitation.Request, 0, "governance@example.org", "anna@example.org", "Anna",
            NodaTime.SystemClock.Instance.GetCurrentInstant());
        var mailed = (await ReadWithIcalJs(invitation)).GetProperty("events").EnumerateArray().Single();
        mailed.GetProperty("startUtc").GetString().ShouldBe("2026-07-14T07:30:00.000Z");
    }

    /// <summary>
    /// The gezamenlijke sessie's own .ics (one appointment for several programmes) read by ical.js with the file's
    /// embedded VTIMEZONE: a winter and a summer session at their UTC instants — the same instants the API gives as
    /// <c>startUtc</c> — with the joint UID and the agenda labelled by programme.
    /// </summary>
    [Fact]
    public async Task the_joint_session_calendar_read_by_ical_js_puts_a_winter_and_a_summer_session_at_their_utc_instants()
    {
        var first = await App.RegisterProgramme(People);
        await Host.AddPartner(first);
        var second = await App.RegisterProgramme(People);
        await Host.AddPartner(second);
        ActAs(People.Facilitator);
        async Task<Guid> ScheduleJoint(string startsAt)
        {
            var joint = ReflectionSamples.Session(startsAt);
            joint["programmeIds"] = new[] { first, second };
            return await Host.Create("/api/joint-reflection-sessions", joint);
        }
        var winterId = await ScheduleJoint(Winter);
        var summerId = await ScheduleJoint(Summer);
        await Host.PostCommand($"/api/joint-reflection-sessions/{winterId}/agenda",
            new { items = new object[] { new { programmeId = first, title = "Opvolging vorige sessie" }, new { programmeId = second, title = "Wachttijden in de regio" } } }, 204);

        foreach (var (jointId, startUtc, endUtc) in new[]
                 {
                     (winterId, "2027-01-12T13:00:00.000Z", "2027-01-12T15:00:00.000Z"),
                     (summerId, "2026-07-14T07:30:00.000Z", "2026-07-14T09:30:00.000Z"),
                 })
        {
            var download = await Host.Scenario(s => { s.Get.Url($"/api/joint-reflection-sessions/{jointId}/calendar"); s.StatusCodeShouldBe(200); });
            var appointment = (await ReadWithIcalJs(await download.ReadAsTextAsync())).GetProperty("events").EnumerateArray().Single();
            appointment.GetProperty("uid").GetString().ShouldBe(CalendarInvitation.Uid(jointId));
            appointment.GetProperty("startZone").GetString().ShouldBe("Europe/Amsterdam");
            appointment.GetProperty("startUtc").GetString().ShouldBe(startUtc, jointId.ToString());
            appointment.GetProperty("endUtc").GetString().ShouldBe(endUtc, jointId.ToString());

            var view = await Host.GetAsJson<JsonElement>($"/api/joint-reflection-sessions/{jointId}");
            DateTimeOffset.Parse(view.GetProperty("startUtc").GetString()!).ShouldBe(DateTimeOffset.Parse(startUtc));
        }
        var winterDownload = await Host.Scenario(s => { s.Get.Url($"/api/joint-reflection-sessions/{winterId}/calendar"); s.StatusCodeShouldBe(200); });
        var winterDescription = (await ReadWithIcalJs(await winterDownload.ReadAsTextAsync())).GetProperty("events").EnumerateArray().Single()
            .GetProperty("description").GetString()!;
        winterDescription.ShouldContain("Wachttijden in de regio");
        winterDescription.ShouldContain("Opvolging vorige sessie");
    }

    /// <summary>ical.js's view of the calendar; first checks that its VTIMEZONE has both of Amsterdam's rules and no control characters.</summary>
    private static async Task<JsonElement> ReadWithIcalJs(string ics)
    {
        System.Text.RegularExpressions.Regex.IsMatch(ics, "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]").ShouldBeFalse("RFC 5545 forbids control characters");
        var path = await IndependentReaders.SaveTemporarily(Encoding.UTF8.GetBytes(ics), ".ics");
        try
        {
            var read = await IndependentReaders.Node("read-ics.mjs", path);
            var zone = read.GetProperty("zones").EnumerateArray().Single();
            zone.GetProperty("tzid").GetString().ShouldBe("Europe/Amsterdam");
            zone.GetProperty("standard").GetInt32().ShouldBeGreaterThan(0, ics);
            zone.GetProperty("daylight").GetInt32().ShouldBeGreaterThan(0, ics);
            return read;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
