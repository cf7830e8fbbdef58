using System.Diagnostics;
using System.Text.Json;

namespace Governance.Host.Tests;

/// <summary>
/// Runs a reader that no one here wrote (tests/contract: ExcelJS, SheetJS, ical.js under Node; openpyxl under
/// Debian's Python) on a file the host served, and returns what it printed as JSON. test.sh installs them
/// (scripts/contract-tools.sh); a missing one fails the test with what to install, it is never skipped.
/// </summary>
public static class IndependentReaders
{
    public static readonly string ContractFolder = Path.Combine(RepositoryRoot(), "tests", "contract");

    public static async Task<JsonElement> Node(string script, params string[] arguments)
    {
        System.IO.Directory.Exists(Path.Combine(ContractFolder, "node_modules")).ShouldBeTrue(
            "tests/contract/node_modules ontbreekt: draai ./test.sh (of npm ci in tests/contract)");
        return await Run("node", [Path.Combine(ContractFolder, script), .. arguments]);
    }

    public static Task<JsonElement> Python(string script, params string[] arguments) =>
        Run("/usr/bin/python3", [Path.Combine(ContractFolder, script), .. arguments]);

    /// <summary>
    /// Runs a program of the contract tools (a generator, a compiler, a generated client) and returns what it printed;
    /// an exit code outside <paramref name="acceptExitCodes"/> (default: 0) fails with what it said.
    /// </summary>
    public static async Task<string> Command(string program, string[] arguments, string workingDirectory, int[]? acceptExitCodes = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
        (acceptExitCodes ?? [0]).ShouldContain(process.ExitCode, $"{program} {string.Join(' ', arguments)}: {await output}{await error}");
        return await output;
    }

    /// <summary>Writes the bytes to a file of its own with the given extension, for a reader that takes a path.</summary>
    public static async Task<string> SaveTemporarily(byte[] content, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"governance-{Guid.NewGuid():N}{extension}");
        await File.WriteAllBytesAsync(path, content);
        return path;
    }

    private static async Task<JsonElement> Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ContractFolder };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', arguments)}: {await error}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Governance.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Governance.sln not found above " + AppContext.BaseDirectory);
    }
}
