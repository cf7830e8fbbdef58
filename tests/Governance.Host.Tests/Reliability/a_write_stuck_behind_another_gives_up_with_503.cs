using System.Diagnostics;
using Alba;
using Governance.Domain.Decisions;
using Governance.Host.Infrastructure;
using Marten;

namespace Governance.Host.Tests.Reliability;

/// <summary>
/// Writes to one programme wait for each other (Infrastructure/ProgrammeWriteLock.cs), but never without end: past
/// the lock timeout (here 1 s) a write answers 503 with Retry-After and writes nothing, and the programme takes
/// writes again as soon as the other write is done.
/// </summary>
public sealed class a_write_stuck_behind_another_gives_up_with_503 : IAsyncLifetime
{
    private readonly HostOnItsOwnDatabase _app = new();

    public async Task InitializeAsync()
    {
        await _app.Postgres.Start();
        await _app.StartHost((LockWaits.TimeoutKey, "1"));
    }

    [Fact]
    public async Task a_write_waiting_past_the_lock_timeout_is_503_writes_nothing_and_the_next_one_succeeds()
    {
        var (director, programmeId, partnerId) = await _app.SetUpAProgramme();

        // Another writer holds the programme's write lock in a transaction that does not finish.
        IScenarioResult refused;
        var took = Stopwatch.StartNew();
        await using (var blocker = _app.Host.DocumentStore().LightweightSession())
        {
            await ProgrammeWriteLock.AcquireAsync(blocker, programmeId, CancellationToken.None);
            took.Restart();
            var pending = LogDecision(director, programmeId, partnerId);
            (await Task.WhenAny(pending, Task.Delay(TimeSpan.FromSeconds(15)))).ShouldBe(pending, "the write still waits for the lock after 15 s");
            refused = await pending;
            took.Stop();
        } // its transaction rolls back and lets go of the lock

        refused.Context.Response.StatusCode.ShouldBe(503);
        refused.Context.Response.Headers.RetryAfter.ToString().ShouldBe("5");
        var body = await refused.ReadAsTextAsync();
        body.ShouldContain("\"rule\":\"programme.busy\"");
        body.ShouldContain("Probeer het over 5 seconden opnieuw");
        body.ShouldNotContain("   at ");
        body.ShouldNotContain("Npgsql");
        took.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        await using (var query = _app.Host.DocumentStore().QuerySession())
            (await query.Events.QueryRawEventDataOnly<DecisionLogged>().CountAsync()).ShouldBe(0);

        (await LogDecision(director, programmeId, partnerId)).Context.Response.StatusCode.ShouldBe(201);
    }

    private Task<IScenarioResult> LogDecision(Guid director, Guid programmeId, Guid partnerId) => _app.Host.Scenario(s =>
    {
        s.Post.Json(Samples.Decision(partnerId), JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/decisions");
        s.WithRequestHeader(AppFixture.DemoPersonHeader, director.ToString());
        s.IgnoreStatusCode();
    });

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
