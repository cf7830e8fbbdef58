using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Health;

public static class HealthModule
{
    public static StoreOptions ConfigureHealth(this StoreOptions opts)
    {
        opts.Projections.Add<ProgrammeHealthFactsProjection>(ProjectionLifecycle.Inline);
        // A column of its own, so the portfolio reads the versions of 200 programmes without PostgreSQL unpacking
        // each document's whole fact history (megabytes per programme) to find one field.
        opts.Schema.For<ProgrammeHealthFacts>().Duplicate(x => x.FactsVersion);
        return opts;
    }
}
