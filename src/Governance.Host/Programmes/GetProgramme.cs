using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Programmes;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Programmes;

public static class GetProgramme
{
    /// <summary>The programme overview: opgave, period and its decisions in brief.</summary>
    [WolverineGet("/api/programmes/{programmeId}", OperationId = "getProgramme")]
    [Tags("Programma's")]
    [RequiresRight(Right.ReadProgramme)]
    [ProducesResponseType<ProgrammeOverview>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid programmeId, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        var overview = await session.LoadAsync<ProgrammeOverview>(programmeId, ct);
        if (overview is null) return Problems.NotFound("Programma", programmeId);
        await IfMatch.WriteETag(session, http, programmeId);
        return Results.Ok(overview);
    }

    /// <summary>The programmes the signed-in person is a member of, by name.</summary>
    [WolverineGet("/api/programmes", OperationId = "listProgrammes")]
    [Tags("Programma's")]
    [RequiresSignIn]
    [ProducesResponseType<IReadOnlyList<ProgrammeOverview>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<ProgrammeOverview>> List(HttpContext http, IQuerySession session)
    {
        var mine = await session.ProgrammesOf(http.User.PersonIdOf()!.Value, http.RequestAborted);
        if (mine.Count == 0) return [];
        return await session.Query<ProgrammeOverview>().Where(p => p.Id.IsOneOf(mine.ToArray())).OrderBy(p => p.Name).ToListAsync(http.RequestAborted);
    }
}
