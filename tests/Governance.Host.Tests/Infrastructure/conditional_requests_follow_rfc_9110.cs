using System.Net;
using Alba;

namespace Governance.Host.Tests.Infrastructure;

/// <summary>
/// If-Match and If-None-Match as RFC 9110 §13.1 has them (docs/api.md "Concurrency"): <c>If-Match: *</c> is "any
/// version", a weak tag is refused (If-Match compares strongly); a GET whose If-None-Match names the current ETag
/// is 304 without a body, and 200 again once the stream has moved on.
/// </summary>
public class conditional_requests_follow_rfc_9110(AppFixture app) : HostTest(app)
{
    private Task<IScenarioResult> RaiseTension(Guid programmeId, string ifMatch) => Host.Scenario(s =>
    {
        s.Post.Json(BodySamples.Tension(), JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/tensions");
        s.WithRequestHeader("If-Match", ifMatch);
        s.IgnoreStatusCode();
    });

    [Fact]
    public async Task if_match_star_accepts_any_version_and_a_weak_tag_is_400_naming_if_match_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);

        (await RaiseTension(programmeId, "*")).Context.Response.StatusCode.ShouldBe(201);

        var before = await EventCount();
        var weak = await RaiseTension(programmeId, $"W/\"{await StreamVersion(programmeId)}\"");
        weak.Context.Response.StatusCode.ShouldBe(400);
        (await weak.ReadJson()).GetProperty("errors").TryGetProperty("If-Match", out _).ShouldBeTrue();
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task a_get_naming_the_current_etag_in_if_none_match_is_304_without_a_body_until_the_stream_moves_on()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));

        foreach (var url in new[] { $"/api/programmes/{programmeId}", $"/api/programmes/{programmeId}/decisions/{decisionId}" })
        {
            var first = await Host.Scenario(s => s.Get.Url(url));
            var eTag = first.Context.Response.Headers.ETag.ToString();
            eTag.ShouldNotBeNullOrEmpty(url);

            var unchanged = await Host.Scenario(s => { s.Get.Url(url); s.WithRequestHeader("If-None-Match", eTag); s.IgnoreStatusCode(); });
            unchanged.Context.Response.StatusCode.ShouldBe(304, url);
            unchanged.Context.Response.Headers.ETag.ToString().ShouldBe(eTag, url);
            (await unchanged.ReadAsTextAsync()).ShouldBeEmpty(url);

            var stale = await Host.Scenario(s => { s.Get.Url(url); s.WithRequestHeader("If-None-Match", "\"999\""); s.IgnoreStatusCode(); });
            stale.Context.Response.StatusCode.ShouldBe(200, url);
            (await stale.ReadAsTextAsync()).ShouldNotBeEmpty(url);
        }

        // A write moves the programme stream on: the old ETag no longer matches.
        var old = (await Host.Scenario(s => s.Get.Url($"/api/programmes/{programmeId}"))).Context.Response.Headers.ETag.ToString();
        await Host.RaiseTension(programmeId);
        var moved = await Host.Scenario(s => { s.Get.Url($"/api/programmes/{programmeId}"); s.WithRequestHeader("If-None-Match", old); s.IgnoreStatusCode(); });
        moved.Context.Response.StatusCode.ShouldBe(200);
        moved.Context.Response.Headers.ETag.ToString().ShouldNotBe(old);
    }

    /// <summary>
    /// HEAD on the stream-backed reads (RFC 9110 §9.3.2) answers as GET does without the body: the same ETag,
    /// Content-Type and the Content-Length of the GET's body; with a matching If-None-Match it is 304 too, and a
    /// person outside the programme gets 404 as for GET; a file's HEAD states its length. Sent by a plain HttpClient
    /// through the test server.
    /// </summary>
    [Fact]
    public async Task head_on_a_programme_a_decision_and_a_session_answers_like_get_without_a_body()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var decisionId = await Host.LogDecision(programmeId, Samples.Decision(vws));
        ActAs(People.Facilitator);
        var sessionId = await Host.ScheduleReflectionSession(programmeId);
        using var client = Host.Server.CreateClient();

        async Task<HttpResponseMessage> Send(HttpMethod method, string url, Guid person, string? ifNoneMatch = null)
        {
            var request = new HttpRequestMessage(method, url) { Headers = { { AppFixture.DemoPersonHeader, person.ToString() } } };
            if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
            return await client.SendAsync(request);
        }

        foreach (var url in new[]
                 {
                     $"/api/programmes/{programmeId}", $"/api/programmes/{programmeId}/decisions/{decisionId}",
                     $"/api/programmes/{programmeId}/reflection-sessions/{sessionId}",
                 })
        {
            var get = await Send(HttpMethod.Get, url, People.Director);
            get.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            var getBody = await get.Content.ReadAsByteArrayAsync();
            getBody.Length.ShouldBeGreaterThan(0, url);

            var head = await Send(HttpMethod.Head, url, People.Director);
            head.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            head.Headers.ETag!.ToString().ShouldBe(get.Headers.ETag!.ToString(), url);
            head.Content.Headers.ContentType!.ToString().ShouldBe(get.Content.Headers.ContentType!.ToString(), url);
            head.Content.Headers.ContentLength.ShouldBe(getBody.Length, url);
            (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty(url);

            var unchanged = await Send(HttpMethod.Head, url, People.Director, get.Headers.ETag!.ToString());
            unchanged.StatusCode.ShouldBe(HttpStatusCode.NotModified, url);
            unchanged.Headers.ETag!.ToString().ShouldBe(get.Headers.ETag!.ToString(), url);

            (await Send(HttpMethod.Head, url, People.Outsider)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        // Any API read, a file too: the length of the CSV a GET would send.
        var csv = $"/api/programmes/{programmeId}/exports/decisions.csv";
        var file = await (await Send(HttpMethod.Get, csv, People.Director)).Content.ReadAsByteArrayAsync();
        var headOfFile = await Send(HttpMethod.Head, csv, People.Director);
        headOfFile.StatusCode.ShouldBe(HttpStatusCode.OK);
        headOfFile.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        headOfFile.Content.Headers.ContentLength.ShouldBe(file.Length);
        (await headOfFile.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }
}
