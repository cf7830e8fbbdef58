using Alba;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using Npgsql;

namespace Governance.Host.Tests.Infrastructure;

/// <summary>Optimistic concurrency (If-Match/ETag) and idempotent retries (Idempotency-Key), as an integrator uses them.</summary>
public class the_api_is_safe_to_retry(AppFixture app) : HostTest(app)
{
    private static string Partners(Guid programmeId) => $"/api/programmes/{programmeId}/partners";

    private Task<IScenarioResult> Post(string url, object body, string? key = null, string? ifMatch = null) =>
        Host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl(url);
            if (key is not null) s.WithRequestHeader("Idempotency-Key", key);
            if (ifMatch is not null) s.WithRequestHeader("If-Match", ifMatch);
            s.IgnoreStatusCode();
        });

    [Fact]
    public async Task a_created_stream_and_a_read_of_it_carry_its_version_as_etag()
    {
        App.ActingAs = People.Administrator;
        var registered = await Post("/api/programmes", Samples.Programme());
        registered.Context.Response.StatusCode.ShouldBe(201);
        var programmeId = (await registered.Read<CreatedId>()).Id;
        registered.Context.Response.Headers.ETag.ToString().ShouldBe($"\"{await StreamVersion(programmeId)}\"");

        var programmeIdToo = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeIdToo);
        var decisionId = await Host.LogDecision(programmeIdToo, Samples.Decision(vws));

        var programme = await Host.Scenario(s => s.Get.Url($"/api/programmes/{programmeIdToo}"));
        programme.Context.Response.Headers.ETag.ToString().ShouldBe($"\"{await StreamVersion(programmeIdToo)}\"");
        var decision = await Host.Scenario(s => s.Get.Url($"/api/programmes/{programmeIdToo}/decisions/{decisionId}"));
        decision.Context.Response.Headers.ETag.ToString().ShouldBe("\"1\"");
    }

    [Fact]
    public async Task a_stale_if_match_is_409_with_the_current_version_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var read = await Host.Scenario(s => s.Get.Url($"/api/programmes/{programmeId}"));
        var seen = read.Context.Response.Headers.ETag.ToString();
        await Host.AddPartner(programmeId); // someone else moves the stream on
        var current = await StreamVersion(programmeId);
        var before = await EventCount();

        var stale = await Post(Partners(programmeId), Samples.Partner("VNG"), ifMatch: seen);

        stale.Context.Response.StatusCode.ShouldBe(409);
        stale.Context.Response.Headers.ETag.ToString().ShouldBe($"\"{current}\"");
        var problem = await stale.ReadJson();
        problem.GetProperty("rule").GetString().ShouldBe("concurrency.stale-version");
        problem.GetProperty("currentVersion").GetInt64().ShouldBe(current);
        (await EventCount()).ShouldBe(before);

        var retried = await Post(Partners(programmeId), Samples.Partner("VNG"), ifMatch: $"\"{current}\"");
        retried.Context.Response.StatusCode.ShouldBe(201);
    }

    [Fact]
    public async Task writers_without_if_match_racing_on_one_stream_end_in_201_or_409_never_500()
    {
        var programmeId = await App.RegisterProgramme(People);
        var before = await EventCount();

        var answers = await Task.WhenAll(Enumerable.Range(1, 8)
            .Select(i => Post(Partners(programmeId), Samples.Partner($"Gemeente {i}", "opdrachtnemer"))));

        var statuses = answers.Select(a => a.Context.Response.StatusCode).ToList();
        statuses.ShouldAllBe(s => s == 201 || s == 409);
        statuses.ShouldContain(201);
        foreach (var conflict in answers.Where(a => a.Context.Response.StatusCode == 409))
            (await conflict.ReadJson()).GetProperty("rule").GetString().ShouldBe("concurrency.stale-version");
        // Every accepted write landed once, every refused one wrote nothing.
        (await EventCount()).ShouldBe(before + statuses.Count(s => s == 201));
    }

    [Fact]
    public async Task a_retried_post_with_the_same_key_gets_the_first_answer_and_appends_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var before = await EventCount();

        var first = await Post(Partners(programmeId), Samples.Partner(), key: "partner-vws-1");
        var retry = await Post(Partners(programmeId), Samples.Partner(), key: "partner-vws-1");

        first.Context.Response.StatusCode.ShouldBe(201);
        retry.Context.Response.StatusCode.ShouldBe(201);
        (await retry.Read<CreatedId>()).Id.ShouldBe((await first.Read<CreatedId>()).Id);
        retry.Context.Response.Headers.Location.ToString().ShouldBe(first.Context.Response.Headers.Location.ToString());
        retry.Context.Response.Headers.ETag.ToString().ShouldBe(first.Context.Response.Headers.ETag.ToString());
        retry.Context.Response.Headers["Idempotent-Replayed"].ToString().ShouldBe("true");
        (await EventCount()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task concurrent_retries_with_one_key_append_once_and_all_get_the_same_answer()
    {
        var programmeId = await App.RegisterProgramme(People);
        var before = await EventCount();

        var answers = await Task.WhenAll(Enumerable.Range(1, 6)
            .Select(_ => Post(Partners(programmeId), Samples.Partner(), key: "partner-vws-concurrent")));

        answers.ShouldAllBe(a => a.Context.Response.StatusCode == 201);
        var ids = await Task.WhenAll(answers.Select(a => a.Read<CreatedId>()));
        ids.Select(i => i.Id).Distinct().Count().ShouldBe(1);
        (await EventCount()).ShouldBe(before + 1);
    }

    /// <summary>Issue 10, part 2: a client that is not sure its command arrived sends it again, and again.</summary>
    [Fact]
    public async Task the_same_decision_sent_three_times_sequentially_and_three_times_concurrently_is_logged_once_each()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var decisions = $"/api/programmes/{programmeId}/decisions";
        var before = await EventCount();

        var sequential = new List<IScenarioResult>();
        for (var attempt = 0; attempt < 3; attempt++)
            sequential.Add(await Post(decisions, Samples.Decision(vws), key: "besluit-regio-eerst"));
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Post(decisions, Samples.Decision(vws), key: "besluit-regio-eerst-2")));

        foreach (var attempts in new[] { sequential.ToArray(), concurrent })
        {
            attempts.ShouldAllBe(a => a.Context.Response.StatusCode == 201);
            (await Task.WhenAll(attempts.Select(a => a.Read<CreatedId>()))).Select(c => c.Id).Distinct().Count().ShouldBe(1);
            attempts.Count(a => a.Context.Response.Headers.ContainsKey("Idempotent-Replayed")).ShouldBe(2);
        }
        // Two commands, each sent three times: two decisions, one event each.
        (await EventCount()).ShouldBe(before + 2);
        await using var session = Host.DocumentStore().QuerySession();
        (await session.Events.QueryRawEventDataOnly<Governance.Domain.Decisions.DecisionLogged>().CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task the_same_key_with_another_body_is_422_and_appends_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        await Post(Partners(programmeId), Samples.Partner(), key: "partner-1");
        var before = await EventCount();

        var reused = await Post(Partners(programmeId), Samples.Partner("VNG"), key: "partner-1");

        reused.Context.Response.StatusCode.ShouldBe(422);
        (await reused.ReadJson()).GetProperty("rule").GetString().ShouldBe("idempotency.key-reused");
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task a_key_is_the_persons_own_another_person_with_the_same_key_is_a_new_request()
    {
        var programmeId = await App.RegisterProgramme(People);
        var before = await EventCount();
        await Post(Partners(programmeId), Samples.Partner(), key: "shared-key");

        ActAs(People.Delegate);
        var other = await Post(Partners(programmeId), Samples.Partner("VNG"), key: "shared-key");

        other.Context.Response.StatusCode.ShouldBe(201);
        other.Context.Response.Headers.ContainsKey("Idempotent-Replayed").ShouldBeFalse();
        (await EventCount()).ShouldBe(before + 2);
    }

    private async Task<string> Scalar(string sql, Guid? streamId = null)
    {
        var store = Host.DocumentStore();
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{schema}", store.Options.DatabaseSchemaName), connection);
        if (streamId is { } id) command.Parameters.AddWithValue("stream", id);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }

    [Fact]
    public async Task the_trace_of_a_keyed_write_commits_with_its_events_and_a_retry_after_the_answer_was_lost_appends_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var first = await Post(Partners(programmeId), Samples.Partner(), key: "partner-vws-crash");
        first.Context.Response.StatusCode.ShouldBe(201);

        // One transaction: the row of the appended event and the row of the trace carry the same PostgreSQL xmin.
        var eventTransaction = await Scalar("select xmin::text from {schema}.mt_events where stream_id = @stream order by version desc limit 1", programmeId);
        var traceTransaction = await Scalar("select xmin::text from {schema}.mt_doc_idempotentcommit");
        eventTransaction.ShouldNotBeNullOrEmpty();
        traceTransaction.ShouldBe(eventTransaction);

        // What the database holds when the process stops after the commit but before the answer was kept: the events
        // and the trace (one transaction), no answer (the next one).
        await using (var session = Host.DocumentStore().LightweightSession())
        {
            session.DeleteWhere<IdempotentResponse>(r => r.Id != "");
            await session.SaveChangesAsync();
        }
        var before = await EventCount();

        var retry = await Post(Partners(programmeId), Samples.Partner(), key: "partner-vws-crash");

        retry.Context.Response.StatusCode.ShouldBe(409);
        var problem = await retry.ReadJson();
        problem.GetProperty("rule").GetString().ShouldBe("idempotency.answer-lost");
        problem.GetProperty("streamIds").EnumerateArray().Select(i => i.GetGuid()).ShouldBe([programmeId]);
        (await EventCount()).ShouldBe(before);
        var otherBody = await Post(Partners(programmeId), Samples.Partner("VNG"), key: "partner-vws-crash");
        otherBody.Context.Response.StatusCode.ShouldBe(422);
        (await EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task a_refused_keyed_write_appends_nothing_and_leaves_no_commit_trace()
    {
        var programmeId = await App.RegisterProgramme(People);
        var refused = await Post(Partners(programmeId), new Dictionary<string, object?>(Samples.Partner()) { ["organisationName"] = "" }, key: "partner-empty");
        refused.Context.Response.StatusCode.ShouldBe(400);

        (await Scalar("select count(*) from {schema}.mt_doc_idempotentcommit")).ShouldBe("0");
    }

    /// <summary>
    /// Issue 21: a client that got 409 stale-version, fetched the new ETag and retried with the same key (what retry
    /// libraries do) got the old 409 replayed forever; a 400 was kept too, so the corrected body with the same key was
    /// 422. Refusals are no longer kept: the corrected retry is carried out, and only then is its answer kept.
    /// </summary>
    [Fact]
    public async Task a_retry_with_the_same_key_after_a_stale_if_match_or_a_400_is_carried_out()
    {
        var programmeId = await App.RegisterProgramme(People);
        var partners = Partners(programmeId);

        var refused = await Post(partners, new Dictionary<string, object?>(Samples.Partner()) { ["organisationName"] = "" }, key: "partner-retry");
        refused.Context.Response.StatusCode.ShouldBe(400);
        var corrected = await Post(partners, Samples.Partner(), key: "partner-retry");
        corrected.Context.Response.StatusCode.ShouldBe(201);
        corrected.Context.Response.Headers.ContainsKey("Idempotent-Replayed").ShouldBeFalse();
        var partnerId = (await corrected.Read<CreatedId>()).Id;

        var leave = $"/api/programmes/{programmeId}/partners/{partnerId}/departure";
        var body = new Dictionary<string, object?> { ["leftOn"] = "2019-01-01", ["reason"] = "Opgave overgedragen" };
        var stale = await Post(leave, body, key: "leave-retry", ifMatch: "\"999\"");
        stale.Context.Response.StatusCode.ShouldBe(409, await stale.ReadAsTextAsync());
        var current = stale.Context.Response.Headers.ETag.ToString();
        var before = await EventCount();
        var fresh = await Post(leave, body, key: "leave-retry", ifMatch: current);
        fresh.Context.Response.StatusCode.ShouldBeInRange(200, 299, await fresh.ReadAsTextAsync());
        (await EventCount()).ShouldBe(before + 1);
        (await Scalar("select count(*) from {schema}.mt_doc_idempotentresponse where data->>'StatusCode' not like '2%'")).ShouldBe("0");
    }
}
