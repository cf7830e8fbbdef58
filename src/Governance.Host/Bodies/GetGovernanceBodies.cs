using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Bodies;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Bodies;

public static class GetGovernanceBodies
{
    /// <summary>The programme's governance bodies with members, ground rules and meetings; with <c>asOf</c> (a date or an instant) as it stood then.</summary>
    [WolverineGet("/api/programmes/{programmeId}/bodies", OperationId = "getGovernanceBodies")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Overleggen")]
    [ProducesResponseType<GovernanceBodies>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Get(Guid programmeId, string? asOf, IQuerySession session, CancellationToken ct)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (_, bodies) = await session.ProgrammeAsOf<GovernanceBodiesProjection, GovernanceBodies>(programmeId, moment, ct);
        return bodies is null ? Problems.NotFound("Programma", programmeId) : Results.Ok(bodies);
    }
}
