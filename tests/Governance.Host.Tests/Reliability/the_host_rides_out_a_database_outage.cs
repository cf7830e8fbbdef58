using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Alba;
using Governance.Domain.Decisions;
using Governance.Host.Programmes;
using Marten;
using Xunit.Abstractions;

namespace Governance.Host.Tests.Reliability;

[CollectionDefinition(nameof(OutageCollection))]
public sealed class OutageCollection;

/// <summary>
/// Issue 10, part 4: PostgreSQL goes away while people work. The host here has a cluster of its own, which the test
/// stops and starts, and runs in its production shape (Wolverine balanced, not the suite's solo mode).
/// </summary>
[Collection(nameof(OutageCollection))]
public sealed class the_host_rides_out_a_database_outage(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>How long the database stays away; the soak command sets it longer (docs/operations.md "The reliability tests").</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("RELIABILITY_OUTAGE_SECONDS"), out var seconds) ? seconds : 10);

    /// <summary>The bound on every answer while the database is away: fail fast, never hang.</summary>
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(2);

    private readonly HostOnItsOwnDatabase _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task it_starts_without_the_database_answers_503_fast_during_an_outage_and_recovers_losing_nothing_acknowledged()
    {
        // 1. The host starts while the database is not there yet, and says so.
        var started = Stopwatch.StartNew();
        await _app.StartHost();
        output.WriteLine($"Host started without its database in {started.Elapsed.TotalSeconds:0.0} s");
        await ShouldBeUnavailable(await _app.Get("/health"), problem: false);
        await ShouldBeUnavailable(await _app.Get("/api/programmes"), problem: true);
        await ShouldBeUnavailable(await _app.Get("/"), problem: true);

        // 2. The database comes; the host finishes starting by itself (no restart), bootstrap administrator included.
        await _app.Postgres.Start();
        var recovered = await HostOnItsOwnDatabase.Eventually(async () => (await _app.Get("/health")).Context.Response.StatusCode == 200, TimeSpan.FromSeconds(60));
        output.WriteLine($"Database started; host ready {recovered.TotalSeconds:0.0} s later");
        var (director, programmeId, partnerId) = await _app.SetUpAProgramme();

        // 3. Load: writers log decisions as fast as they can, before, during and after a stop of PostgreSQL.
        var answers = new ConcurrentBag<Answer>();
        using var stopLoad = new CancellationTokenSource();
        var writers = Enumerable.Range(1, 4).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; !stopLoad.IsCancellationRequested; i++)
                answers.Add(await LogDecision(director, programmeId, partnerId, $"Besluit {writer}-{i}"));
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(2));
        var outageStarts = Stopwatch.StartNew();
        await _app.Postgres.Stop("fast");
        output.WriteLine($"PostgreSQL stopped after {answers.Count} answers");

        var healthDuringOutage = new List<(int Status, TimeSpan Took)>();
        while (outageStarts.Elapsed < Outage)
        {
            var took = Stopwatch.StartNew();
            var health = await _app.Get("/health");
            healthDuringOutage.Add((health.Context.Response.StatusCode, took.Elapsed));
            await Task.Delay(500);
        }
        var answeredDuringOutage = answers.Count;
        await _app.Postgres.Start();
        var restartedAt = DateTime.UtcNow;
        output.WriteLine($"PostgreSQL started again after {outageStarts.Elapsed.TotalSeconds:0.0} s");

        // 4. The same host recovers: writes succeed again without anyone restarting it.
        var back = Stopwatch.StartNew();
        await HostOnItsOwnDatabase.Eventually(() => Task.FromResult(answers.Any(a => a.At > restartedAt && a.Status == 201)), TimeSpan.FromSeconds(30));
        output.WriteLine($"Writes succeed again {back.Elapsed.TotalSeconds:0.0} s after the database returned");
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stopLoad.CancelAsync();
        await Task.WhenAll(writers);
        (await _app.Get("/health")).Context.Response.StatusCode.ShouldBe(200);

        var all = answers.ToList();
        var unavailable = all.Where(a => a.Status == 503).ToList();
        output.WriteLine($"{all.Count} answers: {all.Count(a => a.Status == 201)} × 201, {unavailable.Count} × 503 " +
                         $"(slowest 503: {unavailable.Select(a => a.Took.TotalMilliseconds).DefaultIfEmpty().Max():0} ms; " +
                         $"slowest /health during the outage: {healthDuringOutage.Max(h => h.Took.TotalMilliseconds):0} ms); " +
                         $"{answeredDuringOutage} answered before PostgreSQL returned");

        // During the outage: 503 problem details, fast, and nothing else of the 5xx kind.
        all.Where(a => a.Status is not (201 or 503)).ShouldBeEmpty();
        unavailable.Count.ShouldBeGreaterThan(0);
        unavailable.ShouldAllBe(a => a.Took < FailFast);
        unavailable.ShouldAllBe(a => a.RetryAfter == "5");
        unavailable.ShouldAllBe(a => a.Rule == "database.unavailable" && !a.Body.Contains("   at ") && !a.Body.Contains("Npgsql"));
        healthDuringOutage.Count(h => h.Status == 503).ShouldBeGreaterThan(0);
        healthDuringOutage.ShouldAllBe(h => h.Took < FailFast);

        // Nothing acknowledged is lost: every decision answered 201 is in the event store, and no decision is there twice.
        var acknowledged = all.Where(a => a.Status == 201).Select(a => a.DecisionId!.Value).ToList();
        await using var session = _app.Host.DocumentStore().QuerySession();
        var stored = (await session.Events.QueryRawEventDataOnly<DecisionLogged>().ToListAsync()).Select(e => e.DecisionId).ToList();
        stored.Distinct().Count().ShouldBe(stored.Count);
        acknowledged.Except(stored).ShouldBeEmpty();
        output.WriteLine($"{acknowledged.Count} acknowledged decisions, {stored.Count} in the store");
    }

    private sealed record Answer(int Status, TimeSpan Took, DateTime At, Guid? DecisionId, string? RetryAfter, string? Rule, string Body);

    private async Task<Answer> LogDecision(Guid director, Guid programmeId, Guid partnerId, string title)
    {
        var took = Stopwatch.StartNew();
        var decision = Samples.Decision(partnerId);
        decision["title"] = title;
        var result = await _app.Host.Scenario(s =>
        {
            s.Post.Json(decision, JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/decisions");
            s.WithRequestHeader(AppFixture.DemoPersonHeader, director.ToString());
            s.IgnoreStatusCode();
        });
        var elapsed = took.Elapsed;
        var status = result.Context.Response.StatusCode;
        var body = await result.ReadAsTextAsync();
        Guid? decisionId = status == 201 ? JsonSerializer.Deserialize<CreatedId>(body, Api.Json)!.Id : null;
        string? rule = null;
        if (status == 503) rule = JsonDocument.Parse(body).RootElement.GetProperty("rule").GetString();
        return new Answer(status, elapsed, DateTime.UtcNow, decisionId, result.Context.Response.Headers.RetryAfter.ToString(), rule, body);
    }

    private async Task ShouldBeUnavailable(IScenarioResult result, bool problem)
    {
        result.Context.Response.StatusCode.ShouldBe(503);
        if (!problem) return;
        result.Context.Response.Headers.RetryAfter.ToString().ShouldBe("5");
        var body = await result.ReadJson();
        body.GetProperty("title").GetString().ShouldBe("De database is tijdelijk niet bereikbaar.");
        body.GetProperty("rule").GetString().ShouldBe("database.unavailable");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
