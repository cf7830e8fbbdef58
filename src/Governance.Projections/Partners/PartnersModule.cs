using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Partners;

public static class PartnersModule
{
    public static StoreOptions ConfigurePartners(this StoreOptions opts)
    {
        opts.Projections.Add<PartnerRegisterProjection>(ProjectionLifecycle.Inline);
        return opts;
    }
}
