using Governance.Domain.Access;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Governance.Projections.Access;
using Governance.Projections.Directory;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Access;

public static class MembersEndpoints
{
    /// <summary>Give a person a role in the programme (opdrachtgevers; administrators for any programme).</summary>
    [WolverinePost("/api/programmes/{programmeId}/members", OperationId = "assignMember")]
    [Tags("Leden en rechten")]
    [RequiresRight(Right.ManageMembers)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<IResult> Assign(Guid programmeId, AssignMember command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var person = command.PersonId is { } id ? await session.LoadAsync<DirectoryPerson>(id, http.RequestAborted) : null;
        return await session.Decide<Programme>(http, programmeId, "Programma",
            programme => AssignMember.Decide(programme, command, person?.Name, clock.GetCurrentInstant()),
            Results.NoContent);
    }

    /// <summary>Take a person's role in the programme away.</summary>
    [WolverineDelete("/api/programmes/{programmeId}/members/{personId}", OperationId = "removeMember")]
    [Tags("Leden en rechten")]
    [RequiresRight(Right.ManageMembers)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static Task<IResult> Remove(Guid programmeId, Guid personId, IDocumentSession session, IClock clock, HttpContext http) =>
        session.Decide<Programme>(http, programmeId, "Programma",
            programme => RemoveMember.Decide(programme, personId, clock.GetCurrentInstant()),
            Results.NoContent);

    /// <summary>Who takes part in the programme, in which role.</summary>
    [WolverineGet("/api/programmes/{programmeId}/members", OperationId = "listMembers")]
    [Tags("Leden en rechten")]
    [RequiresRight(Right.ReadProgramme)]
    [ProducesResponseType<IReadOnlyList<Member>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<Member>> List(Guid programmeId, IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<ProgrammeMembers>(programmeId, ct))?.Members.OrderBy(m => m.Name).ToList() ?? [];
}
