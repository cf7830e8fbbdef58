using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Care;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class GetTension
{
    /// <summary>
    /// Eén spanning met haar geschiedenis (hier wijst Location naar na het benoemen). Met <c>asOf</c> zoals het toen
    /// was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/tensions/{tensionId}", OperationId = "getTension")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType<TensionView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, Guid tensionId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (_, care) = await session.ProgrammeAsOf<TensionsAndCareProjection, TensionsAndCare>(programmeId, moment, http.RequestAborted);
        if (care is null) return Problems.NotFound("Programma", programmeId);
        return care.Tensions.FirstOrDefault(t => t.TensionId == tensionId) is { } tension
            ? Results.Ok(tension)
            : Problems.NotFound("Spanning", tensionId);
    }
}
