using System.Diagnostics;
using Governance.Domain.Health;
using Governance.Projections.Access;
using Governance.Projections.Health;
using Marten;
using NodaTime;
using Governance.Domain.Common;

namespace Governance.Bench;

/// <summary>
/// Where the portfolio's time goes, in Stopwatch sections: the steps the endpoint takes (GetPortfolio.For), done here
/// in-process with the same store configuration: which programmes the person is a member of and their facts versions
/// (all a request reads when its kept evaluations hold); for programmes whose facts changed, loading their
/// health-facts documents and evaluating the ten indicators (measured here for all of them).
/// </summary>
public static class PortfolioProfile
{
    public sealed record Sections(double MembershipMs, double HeadersMs, double LoadMs, double EvaluateMs, int Programmes, IReadOnlyList<(string Step, double Ms)> EvaluationSteps);

    private static readonly (string Name, Func<HealthContext, IndicatorResult> Rule)[] Rules =
    [
        ("rec 1", Governance.Domain.Health.Rules.Rec01StartGericht.Evaluate),
        ("rec 2", Governance.Domain.Health.Rules.Rec02VerbindOpgaveEnSpelers.Evaluate),
        ("rec 3", Governance.Domain.Health.Rules.Rec03HandelDaarWaarNodig.Evaluate),
        ("rec 4", Governance.Domain.Health.Rules.Rec04OrganiseerPassendeMiddelen.Evaluate),
        ("rec 5", Governance.Domain.Health.Rules.Rec05CreeerDoorzettingskracht.Evaluate),
        ("rec 6", Governance.Domain.Health.Rules.Rec06MaakVerbindingenPersoonlijk.Evaluate),
        ("rec 7", Governance.Domain.Health.Rules.Rec07BlijfDeMensZien.Evaluate),
        ("rec 8", Governance.Domain.Health.Rules.Rec08BenutSpanningEnOngemak.Evaluate),
        ("rec 9", Governance.Domain.Health.Rules.Rec09OrganiseerReflectie.Evaluate),
        ("rec 10", Governance.Domain.Health.Rules.Rec10StopGericht.Evaluate),
    ];

    /// <summary>The evaluation split into its steps over all the documents: cutting the facts with AsOf, then each rule.</summary>
    private static List<(string, double)> EvaluationSteps(IReadOnlyList<ProgrammeHealthFacts> documents, Instant moment)
    {
        var steps = new List<(string, double)>();
        var watch = Stopwatch.StartNew();
        var known = documents.Select(d => d.Facts.AsOf(moment)).ToList();
        steps.Add(("AsOf (once per programme; the endpoint does it twice)", watch.Elapsed.TotalMilliseconds));
        var today = moment.InZone(AmsterdamTime.Zone).Date;
        watch.Restart();
        var contexts = known.Select(k => new HealthContext(k, k.EffectiveThresholds, moment, today)).ToList();
        steps.Add(("context", watch.Elapsed.TotalMilliseconds));
        foreach (var (name, rule) in Rules)
        {
            watch.Restart();
            foreach (var context in contexts) rule(context);
            steps.Add((name, watch.Elapsed.TotalMilliseconds));
        }
        return steps;
    }

    public static async Task<Sections> MeasureAsync(IDocumentStore store, Guid personId, int iterations)
    {
        var membership = new Timings();
        var headers = new Timings();
        var load = new Timings();
        var evaluate = new Timings();
        var count = 0;
        List<(string, double)> steps = [];
        for (var i = 0; i <= iterations; i++)
        {
            await using var session = store.QuerySession();
            var watch = Stopwatch.StartNew();
            var mine = (await session.Query<ProgrammeMembers>().Where(p => p.Members.Any(m => m.PersonId == personId)).Select(p => p.Id).ToListAsync()).ToArray();
            var t1 = watch.Elapsed;
            await FactsVersions.Of(session, mine).ToListAsync();
            var tHeaders = watch.Elapsed;
            var documents = await session.Query<ProgrammeHealthFacts>().Where(x => x.Id.IsOneOf(mine)).ToListAsync();
            var t2 = watch.Elapsed;
            var moment = SystemClock.Instance.GetCurrentInstant();
            count = documents.Count(d => d.Facts.AsOf(moment).Registration is not null && HealthEvaluation.Evaluate(d.Facts, moment).Count == 10);
            var t3 = watch.Elapsed;
            if (i == 0) continue; // warm-up
            steps = EvaluationSteps(documents, moment);
            membership.Add(t1);
            headers.Add(tHeaders - t1);
            load.Add(t2 - tHeaders);
            evaluate.Add(t3 - t2);
        }
        return new Sections(membership.P50, headers.P50, load.P50, evaluate.P50, count, steps);
    }
}
