using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Care;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Care;

public static class RecordOpdrachtnemerStrainEndpoint
{
    /// <summary>
    /// Strain on the opdrachtnemer: the programme director threatened to resign or left (<c>kind</c>:
    /// <c>directorThreatenedToResign</c> or <c>directorLeft</c>). Answers 201 with the strain's id, to follow up.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/opdrachtnemer-strains", OperationId = "recordOpdrachtnemerStrain")]
    [RequiresRight(Right.ManageProgramme)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Record(Guid programmeId, RecordOpdrachtnemerStrain command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var strainId = Guid.CreateVersion7();
        return session.DecideOnProgramme(http, programmeId,
            programme => RecordOpdrachtnemerStrain.Decide(programme, strainId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/opdrachtnemer-strains/{strainId}", new CreatedId(strainId)));
    }
}
