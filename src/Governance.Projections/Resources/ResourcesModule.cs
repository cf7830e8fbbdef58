using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Resources;

public static class ResourcesModule
{
    public static StoreOptions ConfigureResources(this StoreOptions opts)
    {
        opts.Projections.Add<ProgrammeResourcesProjection>(ProjectionLifecycle.Inline);
        return opts;
    }
}
