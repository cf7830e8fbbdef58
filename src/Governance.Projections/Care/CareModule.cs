using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Care;

public static class CareModule
{
    public static StoreOptions ConfigureCare(this StoreOptions opts)
    {
        opts.Projections.Add<TensionsAndCareProjection>(ProjectionLifecycle.Inline);
        return opts;
    }
}
