using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class RecordLivedExperienceEndpoint
{
    /// <summary>
    /// Leg vast dat ervaringsdeskundigheid aan tafel zat, onder een schuilnaam (geen persoonsgegevens). Antwoordt 204.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/lived-experience", OperationId = "recordLivedExperience")]
    [RequiresRight(Right.RecordLivedExperience)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> LivedExperience(Guid programmeId, RecordLivedExperience command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.Decide<Programme>(http, programmeId, "Programma",
            programme => RecordLivedExperience.Decide(programme, command, clock.GetCurrentInstant()), Results.NoContent);
}
