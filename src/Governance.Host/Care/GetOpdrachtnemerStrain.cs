using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Care;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class GetOpdrachtnemerStrain
{
    /// <summary>
    /// Eén keer druk op de opdrachtnemer, met hoe de opdrachtgever die opvolgde (hier wijst Location naar na het
    /// vastleggen). Met <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/opdrachtnemer-strains/{strainId}", OperationId = "getOpdrachtnemerStrain")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType<StrainView>(StatusCodes.Status200OK)]
    public static Task<IResult> Get(Guid programmeId, Guid strainId, string? asOf, IQuerySession session, HttpContext http)
        => session.ProgrammeItemAsOf<TensionsAndCareProjection, TensionsAndCare>(programmeId, asOf,
            care => Problems.Found(care?.Strains.FirstOrDefault(s => s.StrainId == strainId), "Druk op de opdrachtnemer", strainId),
            http.RequestAborted);
}
