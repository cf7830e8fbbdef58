using System.Diagnostics;
using Governance.Domain.Decisions;
using Marten;
using NodaTime;
using Npgsql;

namespace Governance.Bench;

/// <summary>
/// Figures (a) and (e). (a): decisions logged per second by 8 concurrent clients through the full HTTP stack
/// (sign-in header, validation, Wolverine, Marten, inline projections), against the floor: the same DecisionLogged
/// events, made by the same Decide, appended with Marten (same store configuration, so the same inline
/// projections) by 8 concurrent tasks, one event per unit of work as the endpoint does. The two alternate in
/// rounds so machine noise falls on both. (e): in a third phase of each round, the same 8-client HTTP load runs
/// while a ninth client logs a decision in one of the opdrachtgever's programmes and then polls the portfolio until
/// it shows it.
/// </summary>
public sealed class DecisionThroughput(IDocumentStore store, Api api, Cast cast, IReadOnlyList<GeneratedProgramme> programmes, string connectionString, string schema)
{
    public long HttpDecisions { get; private set; }
    public TimeSpan HttpTime { get; private set; }
    public long FloorDecisions { get; private set; }
    public TimeSpan FloorTime { get; private set; }
    public Timings Lag { get; } = new();
    public long LagPhaseDecisions { get; private set; }
    public TimeSpan LagPhaseTime { get; private set; }

    public double HttpPerSecond => HttpDecisions / HttpTime.TotalSeconds;
    public double FloorPerSecond => FloorDecisions / FloorTime.TotalSeconds;

    private int _number;

    public async Task RunAsync(int rounds, TimeSpan phase)
    {
        // Warm up both paths (the endpoint's generated code is compiled at its first request) before any round counts.
        await PhaseAsync(TimeSpan.FromSeconds(2), withLagProbe: false, (client, programme) =>
            api.LogDecisionAsync(cast.Directors[client], programme.Id, Command(programme)));
        for (var round = 0; round < rounds; round++)
        {
            var (httpCount, httpTime) = await PhaseAsync(phase, withLagProbe: false, (client, programme) =>
                api.LogDecisionAsync(cast.Directors[client], programme.Id, Command(programme)));
            HttpDecisions += httpCount; HttpTime += httpTime;

            var (floorCount, floorTime) = await PhaseAsync(phase, withLagProbe: false, async (_, programme) =>
            {
                var decisionId = Guid.CreateVersion7();
                var outcome = DataSet.Must(LogDecision.Decide(programme.State, decisionId, Command(programme), SystemClock.Instance.GetCurrentInstant()), "floor decision");
                await using var session = store.LightweightSession();
                session.Events.StartStream(decisionId, outcome.Events);
                await session.SaveChangesAsync();
                return decisionId;
            });
            FloorDecisions += floorCount; FloorTime += floorTime;

            // (e) in a phase of its own: its portfolio requests are heavy, and would otherwise count against (a).
            var (loadCount, loadTime) = await PhaseAsync(phase, withLagProbe: true, (client, programme) =>
                api.LogDecisionAsync(cast.Directors[client], programme.Id, Command(programme)));
            LagPhaseDecisions += loadCount; LagPhaseTime += loadTime;
            Console.WriteLine($"  (a) round {round + 1}: HTTP {httpCount / httpTime.TotalSeconds:0.0}/s, Marten {floorCount / floorTime.TotalSeconds:0.0}/s; " +
                              $"(e) under HTTP load of {loadCount / loadTime.TotalSeconds:0.0}/s: {Lag.Count} probes so far");
        }
    }

    private LogDecision Command(GeneratedProgramme programme) =>
        DataSet.DecisionCommand(Interlocked.Increment(ref _number), programme.BodyId, new LocalDate(2026, 1, 5));

    /// <summary>
    /// 8 clients, each logging in its own programmes (those it directs) outside the opdrachtgever's 200, for the
    /// phase's length. Outside: the lag probe logs in those 200, and two decisions at once in one programme is a
    /// different question (<see cref="ConcurrentDecisions"/>).
    /// </summary>
    private async Task<(long Count, TimeSpan Elapsed)> PhaseAsync(TimeSpan length, bool withLagProbe, Func<int, GeneratedProgramme, Task<Guid>> logOne)
    {
        long count = 0;
        var watch = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, Cast.Clients).Select(client => Task.Run(async () =>
        {
            var mine = programmes.Where((_, i) => i >= 200 && i % Cast.Clients == client).ToArray();
            for (var n = 0; watch.Elapsed < length; n++)
            {
                await logOne(client, mine[n % mine.Length]);
                Interlocked.Increment(ref count);
            }
        })).ToList();
        if (withLagProbe) clients.Add(Task.Run(() => ProbeLagAsync(watch, length)));
        await Task.WhenAll(clients);
        return (count, watch.Elapsed);
    }

    /// <summary>
    /// From sending the decision to a portfolio answer that shows it. The portfolio lists indicator statuses, not
    /// decisions, so "shows it" is checked on the document the portfolio is evaluated from (the programme's health
    /// facts): the lag ends when a portfolio request that started after the decision was in that document has
    /// answered. With inline projections the decision is there when the POST answers, so this is POST + one GET.
    /// </summary>
    private async Task ProbeLagAsync(Stopwatch phase, TimeSpan length)
    {
        var portfolio = programmes.Take(200).ToArray();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        for (var n = 0; phase.Elapsed < length; n++)
        {
            var programme = portfolio[n % portfolio.Length];
            var watch = Stopwatch.StartNew();
            var decisionId = await api.LogDecisionAsync(cast.LagProbe, programme.Id, Command(programme));
            while (true)
            {
                var shown = await InHealthFactsAsync(connection, programme.Id, decisionId);
                await api.GetAsync(cast.LagProbe, "/api/portfolio");
                if (shown) break;
                if (watch.Elapsed > TimeSpan.FromMinutes(1)) throw new TimeoutException("The portfolio did not show a decision within a minute.");
            }
            Lag.Add(watch.Elapsed);
        }
    }

    private async Task<bool> InHealthFactsAsync(NpgsqlConnection connection, Guid programmeId, Guid decisionId)
    {
        await using var command = new NpgsqlCommand(
            $"select position(@decision in data::text) > 0 from {schema}.mt_doc_programmehealthfacts where id = @programme", connection);
        command.Parameters.AddWithValue("decision", decisionId.ToString());
        command.Parameters.AddWithValue("programme", programmeId);
        return await command.ExecuteScalarAsync() is true;
    }
}
