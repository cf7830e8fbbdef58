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
    public static Task<IResult> Get(Guid programmeId, Guid arrangementId, string? asOf, IQuerySession session, HttpContext http)
        => session.ProgrammeItemAsOf<TensionsAndCareProjection, TensionsAndCare>(programmeId, asOf,
            care => Problems.Found(care?.Arrangements.FirstOrDefault(a => a.ArrangementId == arrangementId), "Afspraak voor ervaringsdeskundigheid", arrangementId),
            http.RequestAborted);
}
