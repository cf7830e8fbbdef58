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
        opts.Schema.For<DecisionRecord>().Index(x => x.ProgrammeId);
        return opts;
    }
}
