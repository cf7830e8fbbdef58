using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Care;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class GetLivedExperienceArrangement
{
    /// <summary>
    /// Eén vaste afspraak voor ervaringsdeskundigheid: naam, perspectief, begin en eventueel einde (hier wijst Location
    /// naar na het vastleggen). Met <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/lived-experience-arrangements/{arrangementId}", OperationId = "getLivedExperienceArrangement")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType<ArrangementView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, Guid arrangementId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (existed, care) = await session.ProgrammeAsOf<TensionsAndCareProjection, TensionsAndCare>(programmeId, moment, http.RequestAborted);
        if (!existed) return Problems.NotFound("Programma", programmeId);
        return care?.Arrangements.FirstOrDefault(a => a.ArrangementId == arrangementId) is { } arrangement
            ? Results.Ok(arrangement)
            : Problems.NotFound("Afspraak voor ervaringsdeskundigheid", arrangementId);
    }
}
