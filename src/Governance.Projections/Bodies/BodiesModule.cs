using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Bodies;

public static class BodiesModule
{
    public static StoreOptions ConfigureBodies(this StoreOptions opts)
    {
        opts.Projections.Add<GovernanceBodiesProjection>(ProjectionLifecycle.Inline);
        return opts;
    }
}
