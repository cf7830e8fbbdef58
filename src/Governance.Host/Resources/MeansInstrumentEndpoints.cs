using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Resources;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Resources;

/// <summary>
/// Means instruments (a subsidy scheme, regional project leaders: rec. 3 and 4), a partner contesting one and the
/// dispute settled. An instrument that is not this programme's answers 404.
/// </summary>
[Tags("Middelen")]
public static class MeansInstrumentEndpoints
{
    /// <summary>Record an instrument the programme established (<c>kind</c>: subsidieregeling, regionaleProjectleiders, anders). Answers 201 with its id.</summary>
    [WolverinePost("/api/programmes/{programmeId}/instruments", OperationId = "establishMeansInstrument")]
    [RequiresRight(Right.ManageProgramme)]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Establish(Guid programmeId, EstablishMeansInstrument command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var instrumentId = Guid.CreateVersion7();
        return session.DecideOnProgramme(http, programmeId,
            programme => EstablishMeansInstrument.Decide(programme, instrumentId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/instruments/{instrumentId}", new CreatedId(instrumentId)));
    }

    /// <summary>A partner contests the instrument, with its reason. Answers 204; 409 while a dispute about it is open.</summary>
    [WolverinePost("/api/programmes/{programmeId}/instruments/{instrumentId}/contest", OperationId = "contestMeansInstrument")]
    [RequiresRight(Right.ManageProgramme)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Contest(Guid programmeId, Guid instrumentId, ContestMeansInstrument command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId,
            programme => ContestMeansInstrument.Decide(programme, instrumentId, command, clock.GetCurrentInstant()),
            Results.NoContent);

    /// <summary>The open dispute about the instrument was settled, and how. Answers 204; 409 when none is open.</summary>
    [WolverinePost("/api/programmes/{programmeId}/instruments/{instrumentId}/settlement", OperationId = "settleMeansInstrumentDispute")]
    [RequiresRight(Right.ManageProgramme)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Settle(Guid programmeId, Guid instrumentId, SettleMeansInstrumentDispute command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId,
            programme => SettleMeansInstrumentDispute.Decide(programme, instrumentId, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
