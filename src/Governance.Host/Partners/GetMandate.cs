using Governance.Domain.Access;
using Governance.Domain.Partners;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Partners;

/// <summary>A mandate as granted, and whether (and why) it was revoked.</summary>
/// <param name="HolderId">The body or partner that holds it.</param>
/// <param name="Aspects">The aspects of doorzettingsmacht it covers; null when the source does not say (issue 17 §6).</param>
public sealed record MandateView(
    Guid MandateId,
    Guid HolderId,
    Guid GrantedByPartnerId,
    string Scope,
    IReadOnlyList<DoorzettingsAspect>? Aspects,
    LocalDate ValidFrom,
    LocalDate? ValidUntil,
    Instant GrantedAt,
    bool Revoked,
    string? RevokeReason);

public static class GetMandate
{
    /// <summary>
    /// Eén mandaat: wie het heeft (een orgaan of een partner), van welke opdrachtgever, waarvoor, op welke aspecten van
    /// doorzettingsmacht en hoe lang, en of het is ingetrokken (hier wijst Location naar na het verlenen). Met
    /// <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/mandates/{mandateId}", OperationId = "getMandate")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Mandaten")]
    [ProducesResponseType<MandateView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, Guid mandateId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        // No read model keeps a body's mandate in full (the partner register keeps only those partners hold), so the
        // mandate is read from the programme stream, where it is granted and revoked.
        var events = await session.Events.FetchStreamAsync(programmeId, token: http.RequestAborted);
        var upTo = events.TakeWhile(e => moment is not { } at || Moments.RecordedAt(e) <= at).Select(e => e.Data).ToList();
        if (upTo.Count == 0) return Problems.NotFound("Programma", programmeId);
        if (upTo.OfType<MandateGranted>().FirstOrDefault(g => g.MandateId == mandateId) is not { } granted) return Problems.NotFound("Mandaat", mandateId);
        var revoked = upTo.OfType<MandateRevoked>().FirstOrDefault(r => r.MandateId == mandateId);
        return Results.Ok(new MandateView(granted.MandateId, granted.HolderId, granted.GrantedByPartnerId, granted.Scope, granted.Aspects,
            granted.ValidFrom, granted.ValidUntil, granted.RecordedAt, revoked is not null, revoked?.Reason));
    }
}
