using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Decisions;

public static class DecisionsModule
{
    public static StoreOptions ConfigureDecisions(this StoreOptions opts)
    {
        opts.Projections.Add<DecisionStateProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<DecisionRecordProjection>(ProjectionLifecycle.Inline);
        // The decision log and the portfolio page find a programme's decisions by the programme: with thousands of
        // programmes the table holds hundreds of thousands of decisions, which must not all be read for one of them.
        // The portfolio lists the most urgent decisions due for review across all of an opdrachtgever's programmes and
        // counts them all: status and review date are columns of their own, the list walks the review dates in order and
        // the count is answered from one index alone, without opening a single document (benchmark figure g).
        opts.Schema.For<DecisionRecord>()
            .Duplicate(x => x.ProgrammeId)
            .Duplicate(x => x.Status)
            .Duplicate(x => x.ReviewOn)
            .Index(x => new { x.Status, x.ProgrammeId, x.ReviewOn });
        return opts;
    }
}
