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
    [ProducesResponseType<ProgrammeOverview>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid programmeId, IQuerySession session, CancellationToken ct)
    {
        var overview = await session.LoadAsync<ProgrammeOverview>(programmeId, ct);
        return overview is null ? Problems.NotFound("Programma", programmeId) : Results.Ok(overview);
    }

    /// <summary>All programmes, by name.</summary>
    [WolverineGet("/api/programmes", OperationId = "listProgrammes")]
    [Tags("Programma's")]
    [ProducesResponseType<IReadOnlyList<ProgrammeOverview>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<ProgrammeOverview>> List(IQuerySession session, CancellationToken ct) =>
        await session.Query<ProgrammeOverview>().OrderBy(p => p.Name).ToListAsync(ct);
}
