using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Audit;

public static class AuditModule
{
    public static StoreOptions ConfigureAudit(this StoreOptions opts)
    {
        // Who did it: the acting person (user name), their organisation (a header) and the request's correlation id
        // travel with every event.
        opts.Events.MetadataConfig.UserNameEnabled = true;
        opts.Events.MetadataConfig.HeadersEnabled = true;
        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
        opts.Events.MetadataConfig.CausationIdEnabled = true;

        opts.Projections.Add<AuditTrailProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<AuditEntry>().Index(x => x.ProgrammeId);
        return opts;
    }
}
