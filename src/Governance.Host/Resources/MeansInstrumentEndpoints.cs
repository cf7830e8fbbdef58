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
    /// <summary>
    /// Leg een instrument vast dat het programma heeft ingesteld (<c>kind</c>: subsidieregeling,
    /// regionaleProjectleiders, anders). Antwoordt 201 met het id.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/instruments", OperationId = "establishMeansInstrument")]
    [RequiresRight(Right.ManageProgramme)]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Establish(Guid programmeId, EstablishMeansInstrument command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteEstablish(programmeId, command, session, clock, expected, http.RequestAborted),
            created => Results.Created($"/api/programmes/{programmeId}/instruments/{created.CreatedId}", new CreatedId(created.CreatedId!.Value)));

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static async Task<Handled> ExecuteEstablish(Guid programmeId, EstablishMeansInstrument command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct)
    {
        var instrumentId = Guid.CreateVersion7();
        var handled = await session.HandleOnProgramme(programmeId, expectedVersion, programme => EstablishMeansInstrument.Decide(programme, instrumentId, command, clock.GetCurrentInstant()), ct);
        return handled.Creating(instrumentId);
    }

    /// <summary>
    /// Een partner betwist het instrument, met de reden. Antwoordt 204; 409 zolang er al een geschil over open staat.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/instruments/{instrumentId}/contest", OperationId = "contestMeansInstrument")]
    [RequiresRight(Right.ManageProgramme)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Contest(Guid programmeId, Guid instrumentId, ContestMeansInstrument command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteContest(programmeId, instrumentId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteContest(Guid programmeId, Guid instrumentId, ContestMeansInstrument command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, programme => ContestMeansInstrument.Decide(programme, instrumentId, command, clock.GetCurrentInstant()), ct);

    /// <summary>
    /// Leg vast dat het open geschil over het instrument is beslecht, en hoe. Antwoordt 204; 409 als er geen geschil
    /// open staat.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/instruments/{instrumentId}/settlement", OperationId = "settleMeansInstrumentDispute")]
    [RequiresRight(Right.ManageProgramme)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Settle(Guid programmeId, Guid instrumentId, SettleMeansInstrumentDispute command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteSettle(programmeId, instrumentId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteSettle(Guid programmeId, Guid instrumentId, SettleMeansInstrumentDispute command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, programme => SettleMeansInstrumentDispute.Decide(programme, instrumentId, command, clock.GetCurrentInstant()), ct);
}
