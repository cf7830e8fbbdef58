using Governance.Domain.Directory;
using Governance.Domain.Partners;
using Marten.Events.Aggregation;

namespace Governance.Projections.Directory;

public sealed record DirectoryOrganisation(Guid Id, string Name, Bestuurslaag Layer);

/// <param name="Active">False once deactivated: the person can no longer sign in.</param>
public sealed record DirectoryPerson(Guid Id, string Name, string Email, Guid OrganisationId, string OrganisationName, bool IsAdministrator, bool Active = true);

public partial class DirectoryOrganisationProjection : SingleStreamProjection<DirectoryOrganisation, Guid>
{
    public DirectoryOrganisation Create(OrganisationRegistered e) => new(e.OrganisationId, e.Name, e.Layer);
}

public partial class DirectoryPersonProjection : SingleStreamProjection<DirectoryPerson, Guid>
{
    public DirectoryPerson Create(PersonRegistered e) =>
        new(e.PersonId, e.Name, e.Email, e.OrganisationId, e.OrganisationName, e.IsAdministrator);

    public DirectoryPerson Apply(PersonChanged e, DirectoryPerson person) =>
        person with { Name = e.Name, Email = e.Email, OrganisationId = e.OrganisationId, OrganisationName = e.OrganisationName, IsAdministrator = e.IsAdministrator };

    public DirectoryPerson Apply(PersonDeactivated e, DirectoryPerson person) => person with { Active = false };
}
