using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alba;

namespace Governance.Host.Tests.Reflection;

/// <summary>
/// Issue 21: zoned times (<c>2027-01-12T14:00:00+01 Europe/Amsterdam</c>) and durations (<c>2:00:00</c>) are read
/// by no standard library. Beside each, a session answers <c>startUtc</c> (RFC 3339, UTC) and <c>lengthMinutes</c>;
/// here they are read with .NET's own DateTimeOffset parser — not NodaTime, which wrote them — in winter and summer.
/// </summary>
public class zoned_times_have_rfc_3339_companions(AppFixture app) : HostTest(app)
{
    private const string Winter = "2027-01-12T14:00"; // CET, UTC+1
    private const string Summer = "2026-07-14T09:30"; // CEST, UTC+2

    [Fact]
    public async Task a_session_answers_startUtc_and_lengthMinutes_equal_to_its_zoned_start_and_length_in_winter_and_summer()
    {
        var programmeId = await App.RegisterProgramme(People);
        await Host.AddPartner(programmeId);
        var second = await App.RegisterProgramme(People);
        await Host.AddPartner(second);
        ActAs(People.Facilitator);
        var winterId = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session(Winter, facilitator: "Petra Procesbegeleider"));
        var summerId = await Host.ScheduleReflectionSession(programmeId, ReflectionSamples.Session(Summer, facilitator: "Petra Procesbegeleider"));
        var joint = ReflectionSamples.Session(Summer);
        joint["programmeIds"] = new[] { programmeId, second };
        var jointId = await Host.Create("/api/joint-reflection-sessions", joint);
        var sessions = $"/api/programmes/{programmeId}/reflection-sessions";

        foreach (var (sessionId, expected) in new[] { (winterId, "2027-01-12T13:00:00Z"), (summerId, "2026-07-14T07:30:00Z") })
        {
            var session = await Host.GetAsJson<JsonElement>($"{sessions}/{sessionId}");
            var startUtc = Rfc3339(session.GetProperty("startUtc").GetString()!);
            startUtc.ShouldBe(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture));
            startUtc.ShouldBe(InstantOfZoned(session.GetProperty("start").GetString()!));
            Rfc3339(session.GetProperty("endUtc").GetString()!).ShouldBe(InstantOfZoned(session.GetProperty("end").GetString()!));
            session.GetProperty("lengthMinutes").GetInt32().ShouldBe(120);
            session.GetProperty("length").GetString().ShouldBe("2:00:00");
        }

        // In the lists, the facilitator's list, the joint session and "Mijn week" alike.
        (await Host.GetAsJson<JsonElement>(sessions)).EnumerateArray()
            .ShouldAllBe(s => Rfc3339(s.GetProperty("startUtc").GetString()!) == InstantOfZoned(s.GetProperty("start").GetString()!));
        var facilitated = (await Host.GetAsJson<JsonElement>("/api/reflection-sessions?facilitator=Petra%20Procesbegeleider")).EnumerateArray().ToList();
        facilitated.Count.ShouldBe(2);
        facilitated.ShouldAllBe(s => Rfc3339(s.GetProperty("startUtc").GetString()!) == InstantOfZoned(s.GetProperty("start").GetString()!));
        var jointView = await Host.GetAsJson<JsonElement>($"/api/joint-reflection-sessions/{jointId}");
        Rfc3339(jointView.GetProperty("startUtc").GetString()!).ShouldBe(DateTimeOffset.Parse("2026-07-14T07:30:00Z", CultureInfo.InvariantCulture));
        Rfc3339(jointView.GetProperty("endUtc").GetString()!).ShouldBe(InstantOfZoned(jointView.GetProperty("end").GetString()!));
        jointView.GetProperty("lengthMinutes").GetInt32().ShouldBe(120);
        var week = await Host.GetAsJson<JsonElement>("/api/me/week");
        week.GetProperty("sessions").EnumerateArray().ShouldNotBeEmpty();
        week.GetProperty("sessions").EnumerateArray()
            .ShouldAllBe(s => Rfc3339(s.GetProperty("startUtc").GetString()!) == InstantOfZoned(s.GetProperty("start").GetString()!));

        // A move keeps both starts, each with its instant.
        await Host.PostCommand($"{sessions}/{winterId}/reschedule", new { startsAt = "2027-04-06T10:00", reason = "Kamerdebat" }, 204);
        var moved = await Host.GetAsJson<JsonElement>($"{sessions}/{winterId}");
        var move = moved.GetProperty("moves").EnumerateArray().Single();
        Rfc3339(move.GetProperty("fromUtc").GetString()!).ShouldBe(DateTimeOffset.Parse("2027-01-12T13:00:00Z", CultureInfo.InvariantCulture));
        Rfc3339(move.GetProperty("toUtc").GetString()!).ShouldBe(DateTimeOffset.Parse("2027-04-06T08:00:00Z", CultureInfo.InvariantCulture));
        Rfc3339(moved.GetProperty("startUtc").GetString()!).ShouldBe(DateTimeOffset.Parse("2027-04-06T08:00:00Z", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task the_openapi_document_declares_the_companions_as_required_date_time_and_integer()
    {
        var document = await Host.GetAsJson<JsonElement>("/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        JsonElement SchemaOf(string path) => Resolve(schemas, document.GetProperty("paths").GetProperty(path).GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));

        var session = SchemaOf("/api/programmes/{programmeId}/reflection-sessions/{sessionId}");
        var joint = SchemaOf("/api/joint-reflection-sessions/{jointSessionId}");
        foreach (var (name, schema) in new[] { ("session", session), ("joint session", joint) })
        {
            var properties = schema.GetProperty("properties");
            properties.GetProperty("startUtc").GetProperty("format").GetString().ShouldBe("date-time", name);
            properties.GetProperty("endUtc").GetProperty("format").GetString().ShouldBe("date-time", name);
            properties.GetProperty("lengthMinutes").GetProperty("type").ToString().ShouldContain("integer", Case.Sensitive, name);
            var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
            required.ShouldContain("startUtc", name);
            required.ShouldContain("endUtc", name);
            required.ShouldContain("lengthMinutes", name);
        }
        var move = Resolve(schemas, session.GetProperty("properties").GetProperty("moves").GetProperty("items"));
        move.GetProperty("properties").GetProperty("fromUtc").GetProperty("format").GetString().ShouldBe("date-time");
        move.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldContain("toUtc");
    }

    private static JsonElement Resolve(JsonElement schemas, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : schema;

    /// <summary>An RFC 3339 UTC instant, read strictly by .NET's own parser.</summary>
    private static DateTimeOffset Rfc3339(string text)
    {
        Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$").ShouldBeTrue($"{text} is not an RFC 3339 UTC instant");
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }

    /// <summary>The instant a zoned time names: its local time and offset (the zone name after them only says where).</summary>
    private static DateTimeOffset InstantOfZoned(string zoned)
    {
        var match = Regex.Match(zoned, @"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-]\d{2})(?::?(\d{2}))? Europe/Amsterdam$");
        match.Success.ShouldBeTrue(zoned);
        var offset = TimeSpan.FromHours(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
                     + TimeSpan.FromMinutes(match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0);
        return new DateTimeOffset(DateTime.ParseExact(match.Groups[1].Value, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), offset);
    }
}
