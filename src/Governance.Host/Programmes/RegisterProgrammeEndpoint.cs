using Governance.Domain.Programmes;
using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Programmes;

public static class RegisterProgrammeEndpoint
{
    /// <summary>Registreer een programma. Antwoordt 201 met het id van het nieuwe programma.</summary>
    [WolverinePost("/api/programmes", OperationId = "registerProgramme")]
    [Tags("Programma's")]
    [RequiresAdministrator]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static IResult Post(RegisterProgramme command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var programmeId = Guid.CreateVersion7();
        var outcome = RegisterProgramme.Decide(programmeId, command, clock.GetCurrentInstant());
        if (outcome.IsRefused) return outcome.ToProblem();

        session.Events.StartStream<Programme>(programmeId, outcome.Events);
        http.Response.Headers.ETag = IfMatch.ETag(outcome.Events.Count);
        return Results.Created($"/api/programmes/{programmeId}", new CreatedId(programmeId));
    }
}

public sealed record CreatedId(Guid Id);
