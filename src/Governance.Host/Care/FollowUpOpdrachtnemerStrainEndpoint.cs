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
        session.DecideOnProgramme(http, programmeId,
            programme => FollowUpOpdrachtnemerStrain.Decide(programme, strainId, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
