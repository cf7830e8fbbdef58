using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Activity;

public static class ActivityModule
{
    public static StoreOptions ConfigureActivity(this StoreOptions opts)
    {
        // The one asynchronous projection: it serves an overview that may lag a few seconds, and on several nodes
        // Wolverine runs it on exactly one of them (docs/operations.md "Several nodes").
        opts.Projections.Add<ProgrammeActivityProjection>(ProjectionLifecycle.Async);
        return opts;
    }
}
