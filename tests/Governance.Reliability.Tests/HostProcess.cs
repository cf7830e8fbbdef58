using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Governance.Reliability.Tests;

/// <summary>
/// The real host as an operator runs it: <c>dotnet Governance.Host.dll</c> from this build's output, in a process of
/// its own, on the test database and a schema of the test's own. <see cref="Kill"/> is SIGKILL (kill -9): no
/// graceful shutdown, no flushing, exactly what a crash or a pulled plug does to the process.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    public const string AdministratorEmail = "beheer@betrouwbaarheid.test";
    public const string ScrapeToken = "reliability-scrape-token";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _logFile;
    private bool _disposed;

    public string Name { get; }
    public Uri BaseAddress { get; }
    public int ProcessId => _process.Id;
    public bool HasExited => _process.HasExited;

    private HostProcess(string name, Process process, Uri baseAddress, string logFile)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
        _logFile = logFile;
    }

    /// <summary>Starts the host; call <see cref="WaitUntilHealthy"/> before talking to it.</summary>
    public static HostProcess Start(string name, string connectionString, string schema, params string[] arguments)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(HostAssembly)!,
        };
        start.ArgumentList.Add(HostAssembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in Environment(connectionString, schema, baseAddress)) start.Environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var logFile = Path.Combine(LogDirectory, $"{schema}-{name}-{process.Id}.log");
        var host = new HostProcess(name, process, baseAddress, logFile);
        process.OutputDataReceived += (_, e) => host.Record(e.Data);
        process.ErrorDataReceived += (_, e) => host.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>The environment an operator sets (docs/configuration.md), with development sign-in for the test clients.</summary>
    private static Dictionary<string, string> Environment(string connectionString, string schema, Uri baseAddress)
    {
        var environment = BaseEnvironment(connectionString, schema, baseAddress);
        // The short run notices a dead node within seconds so it fits in the test command; the soak keeps
        // Wolverine's defaults (heartbeat 10 s, stale after 60 s), the takeover time an operator gets out of the box.
        if (!Soak.On)
        {
            environment["Governance__Cluster__HealthCheckSeconds"] = Soak.HealthCheckSeconds.ToString();
            environment["Governance__Cluster__StaleNodeSeconds"] = Soak.StaleNodeSeconds.ToString();
        }
        return environment;
    }

    private static Dictionary<string, string> BaseEnvironment(string connectionString, string schema, Uri baseAddress) => new()
    {
        ["ConnectionStrings__Governance"] = connectionString,
        ["Governance__Schema"] = schema,
        ["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/'),
        // Development for the demo sign-in header; the demo data stays off, as in every test.
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["Authentication__DevelopmentSignIn"] = "true",
        ["Demo__LoadOnStart"] = "false",
        ["Authentication__BootstrapAdministrator__Name"] = "Bea Beheer",
        ["Authentication__BootstrapAdministrator__Email"] = AdministratorEmail,
        ["Authentication__BootstrapAdministrator__Organisation"] = "Functioneel beheer",
        ["Mail__Enabled"] = "false",
        ["Notifications__SweepSeconds"] = "0",
        ["Monitoring__Prometheus__ScrapeToken"] = ScrapeToken,
        // The agent and leadership decisions in the host's log, for diagnosing a takeover (host-logs/).
        ["Serilog__MinimumLevel__Override__Wolverine"] = "Information",
    };

    private void Record(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        try { File.AppendAllText(_logFile, line + "\n"); } catch (IOException) { /* the log file is for diagnosis only */ }
    }

    public IReadOnlyList<string> Output => _output.ToArray();

    /// <summary>Polls /health until it answers 200, the process dies, or the time is up.</summary>
    public async Task WaitUntilHealthy(TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(120);
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (deadline.Elapsed < limit)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Host {Name} exited with {_process.ExitCode} before it was healthy:\n{Tail()}");
            try
            {
                using var response = await client.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Host {Name} was not healthy within {limit}:\n{Tail()}");
    }

    /// <summary>This process's Wolverine node id, from the line the host logs once it has joined the cluster.</summary>
    public async Task<Guid> NodeId(TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < (timeout ?? TimeSpan.FromSeconds(60)))
        {
            foreach (var line in _output)
                if (NodeLine().Match(line) is { Success: true } match) return Guid.Parse(match.Groups[1].Value);
            await Task.Delay(200);
        }
        throw new TimeoutException($"Host {Name} never logged its Wolverine node id:\n{Tail()}");
    }

    [GeneratedRegex(@"Wolverine node ([0-9a-fA-F-]{36}) started")]
    private static partial Regex NodeLine();

    /// <summary>kill -9: the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        if (_disposed || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>Waits for a command-line run (e.g. <c>projections rebuild</c>) to finish and returns its exit code.</summary>
    public async Task<int> WaitForExit(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    public string Tail(int lines = 40) => string.Join('\n', _output.TakeLast(lines));

    public ValueTask DisposeAsync()
    {
        if (_disposed) return ValueTask.CompletedTask;
        Kill();
        _disposed = true;
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The host this test build belongs to: src/Governance.Host/bin/&lt;same configuration&gt;/net10.0.</summary>
    public static string HostAssembly { get; } = FindHostAssembly();

    private static string FindHostAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Governance.sln"))) directory = directory.Parent;
        if (directory is null) throw new InvalidOperationException("Governance.sln not found above " + AppContext.BaseDirectory);
        var assembly = Path.Combine(directory.FullName, "src", "Governance.Host", "bin", configuration, "net10.0", "Governance.Host.dll");
        return File.Exists(assembly) ? assembly : throw new FileNotFoundException($"Build the host first ({configuration})", assembly);
    }

    /// <summary>The hosts' console output, kept for diagnosis (git-ignored TestResults).</summary>
    private static string LogDirectory { get; } = CreateLogDirectory();

    private static string CreateLogDirectory()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "host-logs");
        Directory.CreateDirectory(directory);
        return directory;
    }
}
