using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Care;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class GetTensionsAndCare
{
    /// <summary>Tensions with their history, vitality checks, successes, personal connections per partner and lived experience.</summary>
    [WolverineGet("/api/programmes/{programmeId}/tensions-and-care", OperationId = "getTensionsAndCare")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType<TensionsAndCare>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid programmeId, IQuerySession session, CancellationToken ct)
    {
        var care = await session.LoadAsync<TensionsAndCare>(programmeId, ct);
        return care is null ? Problems.NotFound("Programma", programmeId) : Results.Ok(care);
    }
}
