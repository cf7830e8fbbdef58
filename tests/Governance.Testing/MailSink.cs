using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Governance.Testing;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd with its Maildir handler, writing every message it accepts to a
/// folder. One per test process (the host tests and the browser tests each have theirs); started on first use, so
/// tests that send no mail never need Python.
/// </summary>
public sealed class MailSink
{
    public static readonly MailSink Shared = new();

    public int Port { get; } = FreePort();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"governance-mail-{Guid.NewGuid():N}");
    private Process? _server;
    private readonly Lock _lock = new();

    public async Task EnsureStarted()
    {
        lock (_lock)
        {
            if (_server is null)
            {
                // Debian's python3 is where python3-aiosmtpd installs; a PATH python3 may be another interpreter.
                var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
                var start = new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", _folder])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                };
                _server = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start");
                var server = _server;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { server.Kill(); } catch (InvalidOperationException) { } };
            }
        }
        var started = _server;
        for (var i = 0; i < 100; i++)
        {
            if (started.HasExited)
                throw new InvalidOperationException($"aiosmtpd stopped: {await started.StandardError.ReadToEndAsync()} (install python3-aiosmtpd; ./test.sh does so as root)");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("aiosmtpd did not listen within 10 seconds");
    }

    /// <summary>Takes the server down, as an unreachable mail relay; <see cref="EnsureStarted"/> brings it back on the same port.</summary>
    public async Task Stop()
    {
        Process? server;
        lock (_lock)
        {
            server = _server;
            _server = null;
        }
        if (server is null) return;
        server.Kill();
        await server.WaitForExitAsync();
    }

    /// <summary>Forget what arrived so far (tests share the one server).</summary>
    public void Clear()
    {
        if (System.IO.Directory.Exists(Path.Combine(_folder, "new")))
            foreach (var file in System.IO.Directory.GetFiles(Path.Combine(_folder, "new"))) File.Delete(file);
    }

    /// <summary>Every message received, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(_folder, "new");
        if (!System.IO.Directory.Exists(folder)) return [];
        return System.IO.Directory.GetFiles(folder).Select(f => (File: f, Time: File.GetLastWriteTimeUtc(f)))
            .OrderBy(f => f.Time).ThenBy(f => f.File)
            .Select(f => MimeMessage.Load(f.File)).ToList();
    }

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        Messages().Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
