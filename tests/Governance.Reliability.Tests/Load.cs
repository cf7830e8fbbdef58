using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Governance.Reliability.Tests;

public enum CommandKind { LogDecision, RaiseTension }

/// <summary>One command of the load: a decision logged (a new stream) or a tension raised (on the programme stream).</summary>
public sealed record LoadCommand(int Number, CommandKind Kind, LoadProgramme Programme)
{
    public string Url => Kind == CommandKind.LogDecision
        ? $"api/programmes/{Programme.ProgrammeId}/decisions"
        : $"api/programmes/{Programme.ProgrammeId}/tensions";

    public object Body => Kind == CommandKind.LogDecision ? GovernanceApi.Decision(Programme, Number) : GovernanceApi.Tension(Number);

    /// <summary>Every fifth command raises a tension; the rest log decisions, spread over the programmes.</summary>
    public static IReadOnlyList<LoadCommand> Mix(int count, IReadOnlyList<LoadProgramme> programmes) =>
        Enumerable.Range(1, count)
            .Select(i => new LoadCommand(i, i % 5 == 0 ? CommandKind.RaiseTension : CommandKind.LogDecision, programmes[i % programmes.Count]))
            .ToList();
}

/// <summary>
/// Where the load goes: the address of the host that currently serves, and a gate that is closed while there is
/// none (between a kill and the restart), so clients wait instead of burning through the commands.
/// </summary>
public sealed class LoadTarget(Uri address)
{
    private volatile Uri _address = address;
    private volatile TaskCompletionSource _up = Open();

    public Uri Address => _address;
    public Task Ready => _up.Task;

    public void Down()
    {
        if (_up.Task.IsCompleted) _up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Up(Uri address)
    {
        _address = address;
        _up.TrySetResult();
    }

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}

/// <summary>
/// Drives commands with a number of concurrent clients and records, per command, whether the host acknowledged it
/// (2xx, with the id it created), refused it (4xx) or never answered (connection lost: the host died).
/// </summary>
public sealed class LoadDriver(LoadTarget target, Guid person, int clients)
{
    public ConcurrentDictionary<int, Guid> Acknowledged { get; } = new();
    public ConcurrentBag<(int Number, int Status)> Refused { get; } = [];
    public ConcurrentBag<int> Unanswered { get; } = [];

    /// <summary>Called after every acknowledgement with the number acknowledged so far (e.g. to crash the host mid-load).</summary>
    public Action<int>? OnAcknowledged { get; init; }

    public TimeSpan Elapsed { get; private set; }

    public async Task Run(IReadOnlyList<LoadCommand> commands)
    {
        // All clients take from one queue: several of them write to the same programme at the same moment.
        var shared = new ConcurrentQueue<LoadCommand>(commands);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => Client(shared))));
        Elapsed = clock.Elapsed;
    }

    private async Task Client(ConcurrentQueue<LoadCommand> queue)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        while (queue.TryDequeue(out var command))
        {
            await target.Ready.WaitAsync(TimeSpan.FromMinutes(3));
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target.Address, command.Url)).As(person);
                request.Content = JsonContent.Create(command.Body);
                using var response = await http.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                    Acknowledged[command.Number] = id;
                    OnAcknowledged?.Invoke(Acknowledged.Count);
                }
                else Refused.Add((command.Number, (int)response.StatusCode));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException)
            {
                // The host died before it answered: the client cannot know whether the command was stored.
                Unanswered.Add(command.Number);
            }
        }
    }
}
