using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Care;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class GetTensionsAndCare
{
    /// <summary>Tensions with their history, vitality checks, successes, personal connections per partner and lived experience; with <c>asOf</c> (a date or an instant) as it stood then.</summary>
    [WolverineGet("/api/programmes/{programmeId}/tensions-and-care", OperationId = "getTensionsAndCare")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType<TensionsAndCare>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Get(Guid programmeId, string? asOf, IQuerySession session, CancellationToken ct)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (_, care) = await session.ProgrammeAsOf<TensionsAndCareProjection, TensionsAndCare>(programmeId, moment, ct);
        return care is null ? Problems.NotFound("Programma", programmeId) : Results.Ok(care);
    }
}
