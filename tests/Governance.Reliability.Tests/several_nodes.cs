using System.Diagnostics;
using Xunit.Abstractions;

namespace Governance.Reliability.Tests;

/// <summary>
/// Issue 10, part 6: two host processes on one database. The asynchronous projection runs on exactly one node
/// (Wolverine-managed distribution); kill -9 of that node and the other takes over and catches up; nothing is
/// projected twice (the activity counts equal the events in the store).
/// </summary>
public sealed class several_nodes(ITestOutputHelper output)
{
    /// <summary>The longest a takeover may take; docs/operations.md names the times measured.</summary>
    private static readonly TimeSpan TakeoverBound = Soak.TakeoverBound;

    [Fact]
    public async Task the_async_projection_runs_on_one_node_and_the_survivor_takes_over_after_kill_9_without_projecting_twice()
    {
        var store = await EventStore.Fresh("rel_nodes");
        // One after the other: the first node creates the schema and the bootstrap administrator.
        await using var first = HostProcess.Start("node-a", store.ConnectionString, store.Schema);
        await first.WaitUntilHealthy();
        await using var second = HostProcess.Start("node-b", store.ConnectionString, store.Schema);
        await second.WaitUntilHealthy();
        var nodes = new Dictionary<Guid, HostProcess> { [await first.NodeId()] = first, [await second.NodeId()] = second };

        LoadSetUp setUp;
        using (var client = GovernanceApi.Client(first.BaseAddress)) setUp = await GovernanceApi.SetUp(client, store, programmes: 3);

        // Write through both nodes at once.
        var commands = LoadCommand.Mix(Soak.On ? 2_000 : 200, setUp.Programmes);
        await Task.WhenAll(
            new LoadDriver(new LoadTarget(first.BaseAddress), setUp.Director, 4).Run(commands.Where(c => c.Number % 2 == 0).ToList()),
            new LoadDriver(new LoadTarget(second.BaseAddress), setUp.Director, 4).Run(commands.Where(c => c.Number % 2 == 1).ToList()));

        await store.WaitForActivityCaughtUp(TimeSpan.FromSeconds(120));
        (await store.ActivityCounts()).ShouldBe(await store.EventsPerProgramme(), ignoreOrder: true);

        // Exactly one node runs it: one assignment row, and the daemon's own progress row names that node's number.
        var owner = (await store.ActivityProjectionNode()).ShouldNotBeNull("the leader assigned the activity projection to a node");
        nodes.ShouldContainKey(owner);
        var running = nodes[owner];
        var survivor = nodes.Single(n => n.Key != owner).Value;
        output.WriteLine($"the activity projection runs on {running.Name} (node {owner}); {survivor.Name} serves requests only");

        // kill -9 of that node; keep writing through the survivor.
        running.Kill();
        var sinceKill = Stopwatch.StartNew();
        var afterKill = LoadCommand.Mix(Soak.On ? 1_000 : 100, setUp.Programmes);
        var writing = new LoadDriver(new LoadTarget(survivor.BaseAddress), setUp.Director, 4);
        var load = writing.Run(afterKill);

        var survivorNode = nodes.Single(n => n.Value == survivor).Key;
        TimeSpan? takenOver = null;
        while (sinceKill.Elapsed < TakeoverBound)
        {
            if (takenOver is null && await store.ActivityProjectionNode() == survivorNode) takenOver = sinceKill.Elapsed;
            if (takenOver is not null && load.IsCompleted) break;
            await Task.Delay(250);
        }
        await load;
        takenOver.ShouldNotBeNull($"{survivor.Name} did not take the activity projection over within {TakeoverBound}:\n{survivor.Tail()}");
        writing.Acknowledged.Count.ShouldBe(afterKill.Count, "the survivor serves every write meanwhile");

        await store.WaitForActivityCaughtUp(TakeoverBound);
        var caughtUp = sinceKill.Elapsed;
        output.WriteLine($"takeover (assignment to {survivor.Name}) {takenOver.Value.TotalSeconds:F1} s after kill -9; caught up {caughtUp.TotalSeconds:F1} s after it");

        // Nothing projected twice, nothing skipped: every programme's count equals its events in the store.
        var stored = await store.EventsPerProgramme();
        (await store.ActivityCounts()).ShouldBe(stored, ignoreOrder: true);
        stored.Values.Sum().ShouldBeGreaterThan(commands.Count + afterKill.Count);
    }
}
