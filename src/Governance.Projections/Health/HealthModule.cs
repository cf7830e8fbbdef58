using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Health;

public static class HealthModule
{
    public static StoreOptions ConfigureHealth(this StoreOptions opts)
    {
        opts.Projections.Add<ProgrammeHealthFactsProjection>(ProjectionLifecycle.Inline);
        return opts;
    }
}
