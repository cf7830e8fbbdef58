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
    public static async Task<IResult> Get(Guid programmeId, Guid strainId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (existed, care) = await session.ProgrammeAsOf<TensionsAndCareProjection, TensionsAndCare>(programmeId, moment, http.RequestAborted);
        if (!existed) return Problems.NotFound("Programma", programmeId);
        return care?.Strains.FirstOrDefault(s => s.StrainId == strainId) is { } strain
            ? Results.Ok(strain)
            : Problems.NotFound("Druk op de opdrachtnemer", strainId);
    }
}
