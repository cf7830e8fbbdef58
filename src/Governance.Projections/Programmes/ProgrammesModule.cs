using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Programmes;

public static class ProgrammesModule
{
    public static StoreOptions ConfigureProgrammes(this StoreOptions opts)
    {
        opts.Projections.Add<ProgrammeStateProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<ProgrammeOverviewProjection>(ProjectionLifecycle.Inline);
        return opts;
    }
}
