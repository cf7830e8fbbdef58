using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Reflection;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Reflection;

public static class GetConfidentialNotes
{
    /// <summary>
    /// De vertrouwelijke aantekeningen van een gehouden reflectiesessie: alleen voor de aanwezigen en de opdrachtgevers
    /// van het programma (docs/rights.md). Iemand anders in het programma krijgt 403; buiten het programma 404. Met
    /// <c>asOf</c> (een datum of een tijdstip): zoals toen vastgelegd (404 voordat de sessie gehouden was).
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/confidential-notes", OperationId = "getConfidentialReflectionNotes")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Reflectie")]
    [ProducesResponseType<ConfidentialNotes>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, Guid sessionId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var notes = await session.AsOf<ConfidentialReflectionNotes>(sessionId, moment, http.RequestAborted);
        if (notes is null || notes.ProgrammeId != programmeId)
            return Problems.NotFound("Vertrouwelijke aantekeningen", sessionId);

        var personId = http.User.PersonIdOf()!.Value;
        var member = await ProgrammeRightHandler.MembershipOf(http, programmeId, personId);
        var mayRead = notes.AttendingPersonIds.Contains(personId)
                      || (member is not null && Rights.Allows(member.Role, Right.ReadConfidentialNotes));
        if (!mayRead)
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Geen toegang.",
                detail: "Vertrouwelijke aantekeningen zijn alleen voor de aanwezigen van de sessie en de opdrachtgevers.");

        return Results.Ok(new ConfidentialNotes(sessionId, notes.Notes));
    }
}

public sealed record ConfidentialNotes(Guid SessionId, string? Notes);
