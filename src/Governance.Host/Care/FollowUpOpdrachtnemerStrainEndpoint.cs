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
    /// The opdrachtgever's follow-up of a strain on the opdrachtnemer. Answers 204; 404 for an unknown strain, 409
    /// <c>strain.followed-up-once</c> when it was already followed up.
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
