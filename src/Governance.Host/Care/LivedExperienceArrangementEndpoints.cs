using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

/// <summary>A standing lived-experience arrangement (a spiegelgroep, a panel: rec. 7), established and ended.</summary>
[Tags("Spanning en zorg")]
public static class LivedExperienceArrangementEndpoints
{
    /// <summary>
    /// Leg een vaste afspraak voor ervaringsdeskundigheid vast: de naam van de groep en wiens perspectief die inbrengt.
    /// Antwoordt 201 met het id.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/lived-experience-arrangements", OperationId = "establishLivedExperienceArrangement")]
    [RequiresRight(Right.RecordLivedExperience)]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Establish(Guid programmeId, EstablishLivedExperienceArrangement command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteEstablish(programmeId, command, session, clock, expected, http.RequestAborted),
            group => Results.Created($"/api/programmes/{programmeId}/lived-experience-arrangements/{group.CreatedId}", new CreatedId(group.CreatedId!.Value)));

    public static async Task<Handled> ExecuteEstablish(Guid programmeId, EstablishLivedExperienceArrangement command, IDocumentSession session, IClock clock,
        long? expectedVersion, CancellationToken ct)
    {
        var arrangementId = Guid.CreateVersion7();
        var handled = await session.HandleOnProgramme(programmeId, expectedVersion,
            programme => EstablishLivedExperienceArrangement.Decide(programme, arrangementId, command, clock.GetCurrentInstant()), ct);
        return handled.Creating(arrangementId);
    }

    /// <summary>
    /// Beëindig een afspraak voor ervaringsdeskundigheid, met de reden. Antwoordt 204; 404 als de afspraak niet
    /// bestaat, 409 als die al beëindigd is.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/lived-experience-arrangements/{arrangementId}/end", OperationId = "endLivedExperienceArrangement")]
    [RequiresRight(Right.RecordLivedExperience)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> End(Guid programmeId, Guid arrangementId, EndLivedExperienceArrangement command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteEnd(programmeId, arrangementId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    public static Task<Handled> ExecuteEnd(Guid programmeId, Guid arrangementId, EndLivedExperienceArrangement command, IDocumentSession session, IClock clock,
        long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion,
            programme => EndLivedExperienceArrangement.Decide(programme, arrangementId, command, clock.GetCurrentInstant()), ct);
}
