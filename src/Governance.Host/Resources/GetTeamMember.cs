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
    public static Task<IResult> Get(Guid programmeId, Guid memberId, string? asOf, IQuerySession session, HttpContext http)
        => session.ProgrammeItemAsOf<ProgrammeResourcesProjection, ProgrammeResources>(programmeId, asOf,
            resources => Problems.Found(resources?.TeamMembers.FirstOrDefault(m => m.MemberId == memberId), "Teamlid", memberId),
            http.RequestAborted);
}
