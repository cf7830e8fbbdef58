using System.Diagnostics;
using Governance.Bench;
using Governance.Projections;
using JasperFx;
using Marten;
using NodaTime;

// The benchmark harness (issue 9; docs/benchmarks.md). Run it through ./bench.sh, which starts a throwaway
// PostgreSQL, builds Release and passes the arguments below.
var settings = Settings.Parse(args);
var run = Stopwatch.StartNew();
Console.WriteLine($"Benchmark ({(settings.Quick ? "quick" : "full")}): {settings.Programmes} programmes × ~{settings.EventsPerProgramme} events, " +
                  $"plus one programme of ~{settings.LargeProgrammeEvents} events.");

using var store = DocumentStore.For(opts =>
{
    opts.ConfigureGovernance(settings.ConnectionString, settings.Schema);
    opts.AutoCreateSchemaObjects = AutoCreate.All;
});
await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

var cast = new Cast();
var loader = new Loader(store);
await loader.AppendAsync(DataSet.Directory(cast, SystemClock.Instance.GetCurrentInstant()));

void Progress(int n) => Console.WriteLine($"  {loader.EventsAppended:N0} events appended ({loader.EventsAppended / loader.Elapsed.TotalSeconds:N0}/s so far)");

// (d) at a tenth of the data set, then the rest of the data, then (d) at all of it.
Console.WriteLine($"Data set: first {settings.FirstRebuildAfter} programmes");
var programmes = await loader.LoadProgrammesAsync(0, settings.FirstRebuildAfter, settings.EventsPerProgramme, cast, Progress);
var rebuildConcurrency = settings.RebuildConcurrency ?? Math.Max(1, ((JasperFx.Events.IEventStore)store).MaxConcurrentRebuildsPerDatabase ?? 1);
Console.WriteLine($"(d) rebuilds {rebuildConcurrency} projection(s) at a time");
var rebuild = new Rebuild(store, settings.ConnectionString, settings.Schema, rebuildConcurrency);
Console.WriteLine("(d) rebuild at the first size");
var rebuildSmall = await rebuild.RunAsync();
Console.WriteLine($"  {rebuildSmall.Events:N0} events: rebuild {rebuildSmall.Rebuild.TotalSeconds:0.0} s, table read {rebuildSmall.Floor.TotalSeconds:0.00} s, Marten read {rebuildSmall.Ceiling.TotalSeconds:0.00} s");

Console.WriteLine($"Data set: programmes {settings.FirstRebuildAfter}–{settings.Programmes}");
programmes.AddRange(await loader.LoadProgrammesAsync(settings.FirstRebuildAfter, settings.Programmes, settings.EventsPerProgramme, cast, Progress));
var large = DataSet.Programme(settings.Programmes, settings.LargeProgrammeEvents, cast, inOpdrachtgeverPortfolio: false);
await loader.AppendTimedAsync(large.Streams);
Console.WriteLine($"  {loader.EventsAppended:N0} events appended in {loader.Elapsed.TotalSeconds:0} s (+ the large programme, {large.EventCount:N0} events)");

Console.WriteLine("(d) rebuild at the full size");
// In a focused check, where the time goes (Marten's and Npgsql's own spans); not in the measured runs.
var rebuildProfile = settings.RebuildOnly ? new RebuildProfile() : null;
var rebuildFull = await rebuild.RunAsync();
rebuildProfile?.Dispose();
Console.WriteLine($"  {rebuildFull.Events:N0} events: rebuild {rebuildFull.Rebuild.TotalSeconds:0.0} s, table read {rebuildFull.Floor.TotalSeconds:0.00} s, Marten read {rebuildFull.Ceiling.TotalSeconds:0.00} s");
if (settings.RebuildOnly)
{
    foreach (var figure in new[] { rebuildSmall, rebuildFull })
        Console.WriteLine($"(d) {figure.Events:N0} events: rebuild {figure.RebuildPerSecond:0} events/s = {figure.RebuildPerSecond / figure.FloorPerSecond:0.000} of the floor " +
                          $"({figure.FloorPerSecond:0}/s); ceiling {figure.CeilingPerSecond:0}/s = {figure.CeilingPerSecond / figure.FloorPerSecond:0.000}");
    foreach (var (name, time) in rebuildFull.PerProjection) Console.WriteLine($"  {name}: {time.TotalSeconds:0.00} s");
    Console.WriteLine("Where the time went (busy time per section; loading overlaps execution):");
    foreach (var line in rebuildProfile!.Lines()) Console.WriteLine($"  {line}");
    // Projections at a time, compared in one process on the same data, alternating, so the shared machine's load
    // falls on every setting alike.
    foreach (var atATime in settings.CompareConcurrency)
    {
        var again = await new Rebuild(store, settings.ConnectionString, settings.Schema, atATime).RunAsync();
        Console.WriteLine($"(d) {atATime} at a time: rebuild {again.Rebuild.TotalSeconds:0.0} s = {again.RebuildPerSecond:0} events/s = {again.RebuildPerSecond / again.FloorPerSecond:0.000} of the floor; ceiling {again.CeilingPerSecond / again.FloorPerSecond:0.000}");
    }
    foreach (var pageSize in new[] { 500, 1_000, 5_000, 10_000, 500, 1_000, 5_000, 10_000 })
        Console.WriteLine($"(d) ceiling read with pages of {pageSize}: {(await rebuild.ReadEventsThroughMartenAsync(pageSize)).TotalSeconds:0.00} s");
    if (args.Contains("--single-pass")) await SinglePassExperiment.RunAsync(settings.ConnectionString, settings.Schema);
    return;
}

Console.WriteLine("Starting the host");
var hostStart = Stopwatch.StartNew();
DecisionThroughput throughput;
PortfolioTimes portfolio;
(Timings Now, Timings AsOf, Timings Floor) health;
IReadOnlyList<PageFigure> pages;
long hostPeakSampled, hostPeakKernel;
long portfolioCharacters, largeProgrammeCharacters;
ConcurrentDecisions.Result concurrency;
PortfolioProfile.Sections profile;
await using (var host = await HostProcess.StartAsync(settings.HostDll, settings.HostContentRoot, settings.ConnectionString))
{
    Console.WriteLine($"  answering on {host.Address} after {hostStart.Elapsed.TotalSeconds:0.0} s");
    using var api = new Api(host.Address);
    var reads = new ReadTimes(api, settings.ConnectionString, settings.Schema);

    Console.WriteLine("(b) portfolio of the opdrachtgever (200 programmes)");
    portfolio = await reads.PortfolioAsync(cast.Opdrachtgever, programmes.Take(200).Select(p => p.Id).ToList(), settings.ReadIterations);
    profile = await PortfolioProfile.MeasureAsync(store, cast.Opdrachtgever, 5);
    Console.WriteLine($"  in-process sections (p50): membership {profile.MembershipMs:0.0} ms, facts versions {profile.HeadersMs:0.0} ms, load documents {profile.LoadMs:0.0} ms, evaluate {profile.EvaluateMs:0.0} ms ({profile.Programmes} programmes)");
    Console.WriteLine("(c) health and as-of of the large programme");
    health = await reads.ProgrammeHealthAsync(cast.Directors[settings.Programmes % Cast.Clients], large, settings.ReadIterations);

    (portfolioCharacters, largeProgrammeCharacters) = (reads.PortfolioCharacters, reads.LargeProgrammeCharacters);

    Console.WriteLine("(g) the pages people open most, each next to its API call");
    pages = await PageTimes.MeasureAsync(api, cast.Opdrachtgever, cast.Directors[settings.Programmes % Cast.Clients], large, settings.ReadIterations);

    Console.WriteLine("(a)+(e) decisions through HTTP against Marten appends, 8 clients");
    throughput = new DecisionThroughput(store, api, cast, programmes, settings.ConnectionString, settings.Schema);
    await throughput.RunAsync(settings.ThroughputRounds, settings.ThroughputPhase);

    Console.WriteLine("Concurrent decisions in one programme (4 clients × 10)");
    var checkedProgramme = programmes[^1];
    concurrency = await ConcurrentDecisions.RunAsync(store, api, cast.Directors[(programmes.Count - 1) % Cast.Clients], checkedProgramme, 4, 10);
    Console.WriteLine($"  logged {concurrency.Logged}: decision log {concurrency.InDecisionLog}, overview {concurrency.InOverview}, health facts {concurrency.InHealthFacts}");

    hostPeakSampled = host.PeakResidentBytes;
    hostPeakKernel = host.KernelPeakResidentBytes();
}

var report = new Report(settings, await Machine.DescribeAsync(settings.ConnectionString), loader, large, rebuildSmall, rebuildFull,
    throughput, portfolio, health, pages, profile, concurrency, portfolioCharacters, largeProgrammeCharacters, hostPeakKernel, Math.Max(rebuildSmall.PeakResidentBytes, rebuildFull.PeakResidentBytes), run.Elapsed);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Output))!);
await File.WriteAllTextAsync(settings.Output, report.Markdown());
Console.WriteLine();
Console.WriteLine(report.Table());
Console.WriteLine($"Written to {settings.Output} ({run.Elapsed.TotalSeconds:0} s).");
_ = hostPeakSampled;
