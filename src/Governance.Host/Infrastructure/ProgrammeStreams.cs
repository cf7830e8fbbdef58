using Governance.Domain.Common;
using Governance.Domain.Programmes;
using Marten;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Commands on a stream that belongs to one programme (a decision, a reflection session; docs/adr/0001): the route
/// names both, so the stream must belong to the route's programme (otherwise 404, as if it did not exist), and the
/// decision also sees the programme's current state for programme-level rules. The write itself goes through
/// <see cref="StreamCommands.Decide{TState}"/> (If-Match/ETag, refusal → problem details).
/// </summary>
public static class ProgrammeStreams
{
    public static async Task<IResult> DecideInProgramme<TState>(
        this IDocumentSession session,
        HttpContext http,
        Guid programmeId,
        Guid streamId,
        string notFoundName,
        Func<TState, Guid> programmeOf,
        Func<TState, Programme, Outcome> decide,
        Func<IResult> accepted) where TState : class
    {
        var ct = http.RequestAborted;
        var programme = await session.ProgrammeState(programmeId, ct);
        if (programme is null) return Problems.NotFound("Programma", programmeId);

        var current = await session.Events.FetchLatest<TState>(streamId, ct);
        if (current is null || programmeOf(current) != programmeId) return Problems.NotFound(notFoundName, streamId);

        // StreamCommands.Decide answers a stale If-Match with 409 itself.
        return await session.Decide<TState>(http, streamId, notFoundName, state => decide(state, programme), accepted);
    }
}
