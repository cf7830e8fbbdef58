using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Directory;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Directory;

public static class GetPerson
{
    /// <summary>Eén persoon uit het register (hier wijst Location naar na het registreren; alleen beheerders).</summary>
    [WolverineGet("/api/people/{personId}", OperationId = "getPerson")]
    [Tags("Register")]
    [RequiresAdministrator]
    [ProducesResponseType<DirectoryPerson>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid personId, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<DirectoryPerson>(personId, ct) is { } person
            ? Results.Ok(person)
            : Problems.NotFound("Persoon", personId);
}
