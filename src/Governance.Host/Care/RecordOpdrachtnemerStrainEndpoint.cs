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
    /// Leg druk op de opdrachtnemer vast: de programmadirecteur dreigde op te stappen of is vertrokken
    /// (<c>kind</c>: <c>directorThreatenedToResign</c> of <c>directorLeft</c>). Antwoordt 201 met het id, om op te
    /// volgen.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/opdrachtnemer-strains", OperationId = "recordOpdrachtnemerStrain")]
    [RequiresRight(Right.ManageProgramme)]
    [Tags("Spanning en zorg")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Record(Guid programmeId, RecordOpdrachtnemerStrain command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteRecord(programmeId, command, session, clock, expected, http.RequestAborted),
            created => Results.Created($"/api/programmes/{programmeId}/opdrachtnemer-strains/{created.CreatedId}", new CreatedId(created.CreatedId!.Value)));

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static async Task<Handled> ExecuteRecord(Guid programmeId, RecordOpdrachtnemerStrain command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct)
    {
        var strainId = Guid.CreateVersion7();
        var handled = await session.HandleOnProgramme(programmeId, expectedVersion, programme => RecordOpdrachtnemerStrain.Decide(programme, strainId, command, clock.GetCurrentInstant()), ct);
        return handled.Creating(strainId);
    }
}
