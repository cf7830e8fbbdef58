using Governance.Domain.Directory;
using Governance.Domain.Partners;
using Marten.Events.Aggregation;

namespace Governance.Projections.Directory;

public sealed record DirectoryOrganisation(Guid Id, string Name, Bestuurslaag Layer);

public sealed record DirectoryPerson(Guid Id, string Name, string Email, Guid OrganisationId, string OrganisationName, bool IsAdministrator);

public partial class DirectoryOrganisationProjection : SingleStreamProjection<DirectoryOrganisation, Guid>
{
    public DirectoryOrganisation Create(OrganisationRegistered e) => new(e.OrganisationId, e.Name, e.Layer);
}

public partial class DirectoryPersonProjection : SingleStreamProjection<DirectoryPerson, Guid>
{
    public DirectoryPerson Create(PersonRegistered e) =>
        new(e.PersonId, e.Name, e.Email, e.OrganisationId, e.OrganisationName, e.IsAdministrator);
}
