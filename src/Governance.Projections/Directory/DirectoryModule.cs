using JasperFx.Events.Projections;
using Marten;

namespace Governance.Projections.Directory;

public static class DirectoryModule
{
    public static StoreOptions ConfigureDirectory(this StoreOptions opts)
    {
        opts.Projections.Add<DirectoryOrganisationProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<DirectoryPersonProjection>(ProjectionLifecycle.Inline);
        // A sign-in finds its person by email; names and emails are unique.
        opts.Schema.For<DirectoryPerson>().UniqueIndex(x => x.Email);
        opts.Schema.For<DirectoryOrganisation>().UniqueIndex(x => x.Name);
        return opts;
    }
}
