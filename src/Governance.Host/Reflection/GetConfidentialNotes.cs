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
    /// The confidential notes of a held session: only for the session's attendees and the programme's
    /// opdrachtgevers (docs/rights.md). Anyone else in the programme gets 403; outside it, 404. With <c>asOf</c> (a
    /// date or an instant): as recorded by then (404 before the session was held).
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
