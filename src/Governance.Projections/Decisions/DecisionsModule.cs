using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Decisions;

public static class DecisionsModule
{
    public static StoreOptions ConfigureDecisions(this StoreOptions opts)
    {
        opts.Projections.Add<DecisionStateProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<DecisionRecordProjection>(ProjectionLifecycle.Inline);
        return opts;
    }
}
