using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Governance.Host.Tests.Reliability;

/// <summary>
/// A PostgreSQL cluster of one test's own, which the test may stop and start: the outage test cannot stop the
/// server the rest of the suite shares. It runs the same recipe as test.sh and run.sh (scripts/postgres.sh: initdb and
/// pg_ctl, as the postgres user when run as root) in a folder under /tmp that user can reach.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _repository;

    public int Port { get; }

    private PrivatePostgres(string folder, string repository, int port)
    {
        _folder = folder;
        _repository = repository;
        Port = port;
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=governance;Database=postgres";

    /// <summary>A cluster not yet initialised nor started: <see cref="Start"/> does both.</summary>
    public static PrivatePostgres Prepare()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("governance-outage-").FullName;
        // Made 700 by the runtime; the postgres user must pass through it to its data folder.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return new PrivatePostgres(folder, RepositoryRoot(), FreePort());
    }

    public Task Start() => Script($"PG_FSYNC=off pg_start '{_folder}/postgres' {Port}");

    /// <summary>Stops the server as an operator or a failing machine would: <c>fast</c> ends open sessions, <c>immediate</c> aborts.</summary>
    public Task Stop(string mode = "fast") =>
        Script($"pg_as_owner \"$(pg_find_bindir)/pg_ctl\" -D '{_folder}/postgres' -m {mode} -w stop");

    private async Task Script(string command)
    {
        var start = new ProcessStartInfo("bash", ["-c", $"source scripts/postgres.sh && {command}"])
        {
            WorkingDirectory = _repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`{command}` failed ({process.ExitCode}): {await output}{await error}");
    }

    public async ValueTask DisposeAsync()
    {
        try { await Stop("immediate"); } catch (InvalidOperationException) { /* already stopped */ }
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "postgres.sh"))) return folder.FullName;
        throw new InvalidOperationException("scripts/postgres.sh not found above " + AppContext.BaseDirectory);
    }
}
