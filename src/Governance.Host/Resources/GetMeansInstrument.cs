using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Resources;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Resources;

public static class GetMeansInstrument
{
    /// <summary>
    /// Eén instrument van het programma, met het open geschil erover als dat er is (hier wijst Location naar na het
    /// vastleggen). Met <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/instruments/{instrumentId}", OperationId = "getMeansInstrument")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Middelen")]
    [ProducesResponseType<InstrumentView>(StatusCodes.Status200OK)]
    public static Task<IResult> Get(Guid programmeId, Guid instrumentId, string? asOf, IQuerySession session, HttpContext http)
        => session.ProgrammeItemAsOf<ProgrammeResourcesProjection, ProgrammeResources>(programmeId, asOf,
            resources => Problems.Found(resources?.Instruments.FirstOrDefault(i => i.InstrumentId == instrumentId), "Instrument", instrumentId),
            http.RequestAborted);
}
