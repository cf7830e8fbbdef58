namespace Governance.Bench;

/// <summary>
/// What one run does. Full: 1,000 programmes × ~1,000 events (1M), a 10,000-event programme for (c). Quick: 216 × ~30
/// events and a 2,000-event programme, small enough for under two minutes; its figures are for trying the harness.
/// </summary>
public sealed record Settings(
    bool Quick,
    int Programmes,
    int EventsPerProgramme,
    int LargeProgrammeEvents,
    int ThroughputRounds,
    TimeSpan ThroughputPhase,
    int ReadIterations,
    string ConnectionString,
    string Schema,
    string HostDll,
    string HostContentRoot,
    string Output,
    bool RebuildOnly = false,
    int? RebuildConcurrency = null,
    IReadOnlyList<int>? CompareConcurrency = null)
{
    public IReadOnlyList<int> CompareConcurrency { get; init; } = CompareConcurrency ?? [];

    /// <summary>The first rebuild figure is taken after this many programmes (a tenth), the second after all.</summary>
    public int FirstRebuildAfter => Math.Max(1, Programmes / 10);

    public static Settings Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v) : fallback;

        var programmes = Number("--programmes", quick ? 216 : 1000);
        // Figure (b) is a portfolio of 200 programmes; the 8 clients of (a) log in programmes outside it.
        if (programmes < 200 + 8) throw new ArgumentException("--programmes: at least 208 (a portfolio of 200, and programmes for the 8 clients of figure a).");
        return new Settings(
            quick,
            programmes,
            Number("--events-per-programme", quick ? 30 : 1000),
            Number("--large-programme-events", quick ? 2_000 : 10_000),
            quick ? 2 : 3,
            TimeSpan.FromSeconds(quick ? 3 : 20),
            quick ? 10 : 60,
            Environment.GetEnvironmentVariable("ConnectionStrings__Governance") ?? throw new ArgumentException("Set ConnectionStrings__Governance (bench.sh does)."),
            "governance",
            Value("--host-dll") ?? throw new ArgumentException("--host-dll: the built Governance.Host.dll"),
            Value("--host-content-root") ?? throw new ArgumentException("--host-content-root: src/Governance.Host"),
            Value("--output") ?? throw new ArgumentException("--output: the results file"),
            // A focused check of figure (d) alone: load, rebuild at both sizes, print, no host and no results file.
            args.Contains("--rebuild-only"),
            // How many projections (d) rebuilds at a time; by default the store's own cap, as the host's command uses.
            Value("--rebuild-concurrency") is { } c ? int.Parse(c) : null,
            // With --rebuild-only: rebuild again at each of these concurrencies (e.g. 1,2,4,1,2,4) and print each.
            Value("--compare-concurrency") is { } list ? list.Split(',').Select(int.Parse).ToList() : []);
    }
}
