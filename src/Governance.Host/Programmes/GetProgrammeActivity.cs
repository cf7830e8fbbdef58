using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Activity;
using Governance.Projections.Programmes;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Programmes;

public static class GetProgrammeActivity
{
    /// <summary>
    /// Hoe actief een programma is: de gebeurtenissen per maand en soort geteld, en de laatste activiteit. Dit wordt op
    /// de achtergrond bijgewerkt en kan dus een paar seconden achterlopen; een programma waarvan de eerste
    /// gebeurtenissen nog niet geteld zijn, geeft een telling van nul.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/activity", OperationId = "getProgrammeActivity")]
    [Tags("Programma's")]
    [RequiresRight(Right.ReadProgramme)]
    [ProducesResponseType<ProgrammeActivity>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, IQuerySession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (await session.LoadAsync<ProgrammeOverview>(programmeId, ct) is null) return Problems.NotFound("Programma", programmeId);
        return Results.Ok(await For(programmeId, session, ct));
    }

    /// <summary>The activity as the API and the programme page show it.</summary>
    public static async Task<ProgrammeActivity> For(Guid programmeId, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<ProgrammeActivity>(programmeId, ct) ?? new ProgrammeActivity { Id = programmeId };
}
