using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class FollowUpOpdrachtnemerStrainEndpoint
{
    /// <summary>
    /// Leg vast hoe de opdrachtgever de druk op de opdrachtnemer heeft opgevolgd. Antwoordt 204; 404 als die
    /// niet bestaat, 409 <c>strain.followed-up-once</c> als die al is opgevolgd.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/opdrachtnemer-strains/{strainId}/follow-up", OperationId = "followUpOpdrachtnemerStrain")]
    [RequiresRight(Right.ManageProgramme)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> FollowUp(Guid programmeId, Guid strainId, FollowUpOpdrachtnemerStrain command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteFollowUp(programmeId, strainId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteFollowUp(Guid programmeId, Guid strainId, FollowUpOpdrachtnemerStrain command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, programme => FollowUpOpdrachtnemerStrain.Decide(programme, strainId, command, clock.GetCurrentInstant()), ct);
}
