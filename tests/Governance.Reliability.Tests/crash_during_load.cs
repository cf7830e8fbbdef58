using System.Diagnostics;
using Xunit.Abstractions;

namespace Governance.Reliability.Tests;

/// <summary>Issue 10, part 3: kill -9 of the host during a load; nothing acknowledged is lost, the read models are exact.</summary>
public sealed class crash_during_load(ITestOutputHelper output)
{
    [Fact]
    public async Task after_kill_9_mid_load_every_acknowledged_command_is_stored_and_the_read_models_equal_a_full_rebuild()
    {
        var store = await EventStore.Fresh("rel_crash");
        var host = HostProcess.Start("node-1", store.ConnectionString, store.Schema);
        try
        {
            await host.WaitUntilHealthy();
            LoadSetUp setUp;
            using (var client = GovernanceApi.Client(host.BaseAddress)) setUp = await GovernanceApi.SetUp(client, store, programmes: 2);

            var commands = LoadCommand.Mix(Soak.Commands, setUp.Programmes);
            var target = new LoadTarget(host.BaseAddress);
            var crashPoints = Enumerable.Range(1, Soak.Crashes).Select(k => Soak.Commands * 2 * k / (5 * Soak.Crashes)).ToList();
            var restartTimes = new List<TimeSpan>();
            var load = new LoadDriver(target, setUp.Director, Soak.Clients);
            var running = load.Run(commands);
            // The crash comes from outside the clients, like a pulled plug: whatever they have in flight dies with the host.
            var crashes = 0;
            foreach (var point in crashPoints)
            {
                while (load.Acknowledged.Count < point && !running.IsCompleted) await Task.Delay(2);
                if (running.IsCompleted) break;
                var dying = host;
                // Closing the gate stops new requests only; the ones in flight die with the process.
                target.Down();
                dying.Kill();
                crashes++;
                output.WriteLine($"kill -9 of {dying.Name} (pid {dying.ProcessId}) after {load.Acknowledged.Count} acknowledgements");
                var clock = Stopwatch.StartNew();
                host = HostProcess.Start($"node-{crashes + 1}", store.ConnectionString, store.Schema);
                await host.WaitUntilHealthy();
                restartTimes.Add(clock.Elapsed);
                target.Up(host.BaseAddress);
                await dying.DisposeAsync();
            }
            await running;

            output.WriteLine($"{commands.Count} commands with {Soak.Clients} clients in {load.Elapsed.TotalSeconds:F1} s: " +
                             $"{load.Acknowledged.Count} acknowledged, {load.Refused.Count} refused, {load.Unanswered.Count} unanswered; " +
                             $"restart to healthy: {string.Join(", ", restartTimes.Select(t => $"{t.TotalSeconds:F1} s"))}");
            crashes.ShouldBe(Soak.Crashes, "the host was killed mid-load");
            load.Acknowledged.Count.ShouldBeGreaterThan(commands.Count / 2, "most of the load was served (before and after the crash)");
            // A 409 is a refusal of the domain or a concurrent write on the programme stream, never a failure.
            load.Refused.ShouldAllBe(r => r.Status == 409);

            // Every acknowledged command's event is in the store.
            var decisions = await store.EventMember("decision_logged", "DecisionId");
            var tensions = await store.EventMember("tension_raised", "TensionId");
            var acknowledgedDecisions = Acknowledged(load, commands, CommandKind.LogDecision);
            var acknowledgedTensions = Acknowledged(load, commands, CommandKind.RaiseTension);
            acknowledgedDecisions.Except(decisions).ShouldBeEmpty("acknowledged decisions missing after the crash");
            acknowledgedTensions.Except(tensions).ShouldBeEmpty("acknowledged tensions missing after the crash");
            // The store holds nothing it was not asked for: at most the commands that were unanswered when the host died.
            var unacknowledgedStored = decisions.Except(acknowledgedDecisions).Count() + tensions.Except(acknowledgedTensions).Count();
            output.WriteLine($"stored without acknowledgement (committed, answer lost in the crash): {unacknowledgedStored}");
            unacknowledgedStored.ShouldBeLessThanOrEqualTo(load.Unanswered.Count);

            // The asynchronous projection catches up and counted every event exactly once.
            var catchUp = Stopwatch.StartNew();
            await store.WaitForActivityCaughtUp(TimeSpan.FromSeconds(90));
            output.WriteLine($"activity projection caught up {catchUp.Elapsed.TotalSeconds:F1} s after the load ended");
            var stored = await store.EventsPerProgramme();
            var counted = await store.ActivityCounts();
            counted.ShouldBe(stored, ignoreOrder: true);

            // The read models equal what a full rebuild from the events gives.
            var projected = await store.ReadModels();
            await host.DisposeAsync();
            var rebuildClock = Stopwatch.StartNew();
            await using (var rebuild = HostProcess.Start("rebuild", store.ConnectionString, store.Schema, "projections", "rebuild"))
            {
                var exit = await rebuild.WaitForExit(TimeSpan.FromMinutes(5));
                exit.ShouldBe(0, rebuild.Tail());
            }
            output.WriteLine($"projections rebuild of {await store.HighestSequence()} events: {rebuildClock.Elapsed.TotalSeconds:F1} s (process start included)");
            var rebuilt = await store.ReadModels();
            var differences = Differences(projected, rebuilt);
            foreach (var difference in differences) output.WriteLine(difference);
            differences.ShouldBeEmpty();
            projected.Count.ShouldBeGreaterThan(load.Acknowledged.Count);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static HashSet<Guid> Acknowledged(LoadDriver load, IReadOnlyList<LoadCommand> commands, CommandKind kind) =>
        load.Acknowledged.Where(a => commands[a.Key - 1].Kind == kind).Select(a => a.Value).ToHashSet();

    private static List<string> Differences(SortedDictionary<string, string> running, SortedDictionary<string, string> rebuilt) =>
        running.Keys.Union(rebuilt.Keys)
            .Where(key => !running.TryGetValue(key, out var a) || !rebuilt.TryGetValue(key, out var b) || a != b)
            .Select(key => Describe(key, running.GetValueOrDefault(key), rebuilt.GetValueOrDefault(key)))
            .Take(10)
            .ToList();

    /// <summary>Where two versions of a document part ways, with a little context on both sides.</summary>
    private static string Describe(string key, string? running, string? rebuilt)
    {
        if (running is null || rebuilt is null) return $"{key}: running {running ?? "(missing)"} / rebuilt {rebuilt ?? "(missing)"}";
        var at = 0;
        while (at < running.Length && at < rebuilt.Length && running[at] == rebuilt[at]) at++;
        var from = Math.Max(0, at - 120);
        string Window(string s) => s.Substring(from, Math.Min(s.Length - from, 360));
        return $"{key} (lengths {running.Length} / {rebuilt.Length}) from character {at}:\n  running: …{Window(running)}\n  rebuilt: …{Window(rebuilt)}";
    }
}
