using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Programmes;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Programmes;

public static class GetProgramme
{
    /// <summary>
    /// Het overzicht van het programma: opgave, looptijd en de besluiten in het kort. Met <c>asOf</c> (een datum, dan
    /// het einde van die dag in Europe/Amsterdam, of een tijdstip) zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}", OperationId = "getProgramme")]
    [Tags("Programma's")]
    [RequiresRight(Right.ReadProgramme)]
    [ProducesResponseType<ProgrammeOverview>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, string? asOf, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (_, overview) = await session.ProgrammeAsOf<ProgrammeOverviewProjection, ProgrammeOverview>(programmeId, moment, ct);
        if (overview is null) return Problems.NotFound("Programma", programmeId);
        // A past state cannot be written to: only the current one carries the version for If-Match.
        if (moment is null) await IfMatch.WriteETag(session, http, programmeId);
        return Results.Ok(overview);
    }

    /// <summary>De programma's waaraan de aangemelde persoon meedoet, op naam.</summary>
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
