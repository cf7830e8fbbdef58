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
    public static async Task<IResult> Get(Guid programmeId, Guid instrumentId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (existed, resources) = await session.ProgrammeAsOf<ProgrammeResourcesProjection, ProgrammeResources>(programmeId, moment, http.RequestAborted);
        if (!existed) return Problems.NotFound("Programma", programmeId);
        return resources?.Instruments.FirstOrDefault(i => i.InstrumentId == instrumentId) is { } instrument
            ? Results.Ok(instrument)
            : Problems.NotFound("Instrument", instrumentId);
    }
}
