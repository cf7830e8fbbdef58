using Governance.Domain.Common;
using Governance.Domain.Programmes;
using Marten;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Commands on a stream that belongs to one programme (a decision, a reflection session; docs/adr/0001): the route
/// names both, so the stream must belong to the route's programme (otherwise 404, as if it did not exist), and the
/// decision also sees the programme's current state for programme-level rules. The write itself goes through
/// <see cref="StreamCommands.Handle{TState}"/>.
/// </summary>
public static class ProgrammeStreams
{
    /// <summary>The use case's part (see <see cref="StreamCommands.Handle{TState}"/>); pages call it with no expected version.</summary>
    public static async Task<Handled> HandleInProgramme<TState>(
        this IDocumentSession session,
        Guid programmeId,
        Guid streamId,
        long? expectedVersion,
        string notFoundName,
        Func<TState, Guid> programmeOf,
        Func<TState, Programme, Outcome> decide,
        CancellationToken ct) where TState : class
    {
        var programme = await session.ProgrammeState(programmeId, ct);
        if (programme is null) return Handled.NotFound("Programma", programmeId);

        var current = streamId == Guid.Empty ? null : await session.Events.FetchLatest<TState>(streamId, ct);
        if (current is null || programmeOf(current) != programmeId) return Handled.NotFound(notFoundName, streamId);

        return await session.Handle<TState>(streamId, expectedVersion, notFoundName, state => decide(state, programme), ct);
    }

    /// <summary>The API's part: If-Match read from the request, the use case carried out, its answer given.</summary>
    public static Task<IResult> DecideInProgramme<TState>(
        this IDocumentSession session,
        HttpContext http,
        Guid programmeId,
        Guid streamId,
        string notFoundName,
        Func<TState, Guid> programmeOf,
        Func<TState, Programme, Outcome> decide,
        Func<IResult> accepted) where TState : class =>
        http.Answer(expected => session.HandleInProgramme(programmeId, streamId, expected, notFoundName, programmeOf, decide, http.RequestAborted),
            _ => accepted());
}
