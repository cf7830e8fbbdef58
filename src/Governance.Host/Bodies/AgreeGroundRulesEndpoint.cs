using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Bodies;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Bodies;

public static class AgreeGroundRulesEndpoint
{
    /// <summary>
    /// Leg de antwoorden van het orgaan op de drie vragen vast: sfeer, succesfactoren en spelregels, wat als het even
    /// niet lukt. Antwoordt 204.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/bodies/{bodyId}/ground-rules", OperationId = "agreeGroundRules")]
    [RequiresRight(Right.ManageBodies)]
    [Tags("Overleggen")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Post(Guid programmeId, Guid bodyId, AgreeGroundRules command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId,
            programme => AgreeGroundRules.Decide(programme, bodyId, command, clock.GetCurrentInstant()),
            Results.NoContent);
}
