using Governance.Projections.Decisions;
using Governance.Projections.Health;
using Governance.Projections.Programmes;
using Marten;
using NodaTime;

namespace Governance.Bench;

/// <summary>
/// Not one of the figures, but found while building (e): decisions logged at the same time in the same
/// programme, through HTTP. Each decision is its own stream (its DecisionRecord is always there), but the
/// programme-wide read models (overview, health facts) are one document per programme that every decision's
/// inline projection loads, changes and stores. This counts whether they still hold every decision afterwards.
/// </summary>
public static class ConcurrentDecisions
{
    public sealed record Result(int Logged, int InDecisionLog, int InOverview, int InHealthFacts);

    public static async Task<Result> RunAsync(IDocumentStore store, Api api, Guid director, GeneratedProgramme programme, int clients, int perClient)
    {
        var generatedDecisions = await CountsAsync(store, programme.Id);

        var number = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < perClient; i++)
                await api.LogDecisionAsync(director, programme.Id,
                    DataSet.DecisionCommand(100_000 + Interlocked.Increment(ref number), programme.BodyId, new LocalDate(2026, 1, 5)));
        })));

        var after = await CountsAsync(store, programme.Id);
        return new Result(clients * perClient, after.Log - generatedDecisions.Log, after.Overview - generatedDecisions.Overview,
            after.Facts - generatedDecisions.Facts);
    }

    private static async Task<(int Log, int Overview, int Facts)> CountsAsync(IDocumentStore store, Guid programmeId)
    {
        await using var session = store.QuerySession();
        var log = await session.Query<DecisionRecord>().CountAsync(d => d.ProgrammeId == programmeId);
        var overview = (await session.LoadAsync<ProgrammeOverview>(programmeId))!.Decisions.Count;
        var facts = (await session.LoadAsync<ProgrammeHealthFacts>(programmeId))!.Facts.Decisions.Count;
        return (log, overview, facts);
    }
}
