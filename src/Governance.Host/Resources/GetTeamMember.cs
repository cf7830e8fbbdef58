using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Resources;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Resources;

public static class GetTeamMember
{
    /// <summary>
    /// Eén lid van het programmateam: rol, competenties, fte en of die vertrokken is (hier wijst Location naar na het
    /// toevoegen). Met <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/team-members/{memberId}", OperationId = "getTeamMember")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Middelen")]
    [ProducesResponseType<TeamMemberView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, Guid memberId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var (existed, resources) = await session.ProgrammeAsOf<ProgrammeResourcesProjection, ProgrammeResources>(programmeId, moment, http.RequestAborted);
        if (!existed) return Problems.NotFound("Programma", programmeId);
        return resources?.TeamMembers.FirstOrDefault(m => m.MemberId == memberId) is { } member
            ? Results.Ok(member)
            : Problems.NotFound("Teamlid", memberId);
    }
}
