using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Governance.Bench;

/// <summary>
/// The real application, started as a child process (`dotnet Governance.Host.dll`) on a loopback port, as run.sh
/// starts it. A separate process rather than in-process so that its memory (figure f) is its own and the harness's
/// load generators do not share its garbage collector or thread pool.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _memoryWatch;

    public Uri Address { get; }
    public int ProcessId => _process.Id;

    /// <summary>Highest resident set seen while sampling (bytes), and the kernel's own high-water mark (VmHWM).</summary>
    public long PeakResidentBytes { get; private set; }

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _memoryWatch = Task.Run(WatchMemoryAsync);
    }

    public static async Task<HostProcess> StartAsync(string hostDll, string contentRoot, string connectionString)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [hostDll])
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_CONTENTROOT"] = contentRoot;
        start.Environment["ConnectionStrings__Governance"] = connectionString;
        start.Environment["Authentication__DevelopmentSignIn"] = "true";
        start.Environment["Demo__LoadOnStart"] = "false";
        // Request logging of every benchmark request would measure the console, not the application.
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        var output = new List<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
                throw new InvalidOperationException("The host stopped at start:\n" + string.Join("\n", output.TakeLast(40)));
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.IsSuccessStatusCode) return new HostProcess(process, address);
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        process.Kill();
        throw new TimeoutException("The host did not answer /health within two minutes:\n" + string.Join("\n", output.TakeLast(40)));
    }

    /// <summary>The kernel's peak resident set of the process (VmHWM), in bytes.</summary>
    public long KernelPeakResidentBytes() => StatusField(_process.Id, "VmHWM:");

    public static long StatusField(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line[field.Length..].Trim().Split(' ')[0]) * 1024;
        return 0;
    }

    private async Task WatchMemoryAsync()
    {
        while (!_stop.IsCancellationRequested && !_process.HasExited)
        {
            try { PeakResidentBytes = Math.Max(PeakResidentBytes, StatusField(_process.Id, "VmRSS:")); }
            catch (IOException) { }
            try { await Task.Delay(200, _stop.Token); } catch (OperationCanceledException) { }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _memoryWatch;
        if (!_process.HasExited)
        {
            // TERM: ASP.NET stops cleanly on it (as run.sh does).
            Process.Start("kill", ["-TERM", _process.Id.ToString()])?.WaitForExit();
            if (!_process.WaitForExit(15_000)) _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
