using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Directory;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Directory;

public static class GetOrganisation
{
    /// <summary>Eén organisatie uit het register (hier wijst Location naar na het registreren; alleen beheerders).</summary>
    [WolverineGet("/api/organisations/{organisationId}", OperationId = "getOrganisation")]
    [Tags("Register")]
    [RequiresAdministrator]
    [ProducesResponseType<DirectoryOrganisation>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid organisationId, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<DirectoryOrganisation>(organisationId, ct) is { } organisation
            ? Results.Ok(organisation)
            : Problems.NotFound("Organisatie", organisationId);
}
