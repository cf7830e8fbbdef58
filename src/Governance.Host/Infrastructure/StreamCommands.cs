using Governance.Domain.Common;
using Governance.Domain.Programmes;
using JasperFx;
using JasperFx.Events;
using Marten;

namespace Governance.Host.Infrastructure;

/// <summary>
/// The one way a command on an existing stream is carried out: load the stream's state for writing, let the pure
/// domain decide, append what it decided, and answer. Optimistic concurrency: the state read is the state the
/// events are appended to (a concurrent write in between fails the commit with 409); a client that sends
/// <c>If-Match: "&lt;version&gt;"</c> also fails with 409 when the stream moved on since it last read it. The answer
/// carries the stream's new version as its ETag.
/// </summary>
public static class StreamCommands
{
    /// <summary>
    /// The use case's part: fetch the stream's state for writing (checking <paramref name="expectedVersion"/> if the
    /// caller named one), let the pure domain decide, append what it decided. Pages call it with no expected version.
    /// </summary>
    public static async Task<Handled> Handle<TState>(
        this IDocumentSession session,
        Guid streamId,
        long? expectedVersion,
        string notFoundName,
        Func<TState, Outcome> decide,
        CancellationToken ct) where TState : class
    {
        // No stream has the empty id (Marten would try to start one with it and throw): it names nothing.
        if (streamId == Guid.Empty) return Handled.NotFound(notFoundName, streamId);

        IEventStream<TState> stream;
        try
        {
            stream = expectedVersion is { } version
                ? await session.Events.FetchForWriting<TState>(streamId, version, ct)
                : await session.Events.FetchForWriting<TState>(streamId, ct);
        }
        catch (ConcurrencyException)
        {
            // With an expected version Marten checks it while fetching, before anything is decided or appended.
            return Handled.Stale((await session.Events.FetchStreamStateAsync(streamId, ct))?.Version ?? 0);
        }
        if (stream.Aggregate is null) return Handled.NotFound(notFoundName, streamId);

        var outcome = decide(stream.Aggregate);
        if (outcome.IsRefused) return Handled.Refuse(outcome.Refusals);

        stream.AppendMany(outcome.Events);
        return Handled.Accept((stream.StartingVersion ?? 0) + outcome.Events.Count);
    }

    /// <summary>The API's part: If-Match read from the request, the use case carried out, its answer given.</summary>
    public static Task<IResult> Decide<TState>(
        this IDocumentSession session,
        HttpContext http,
        Guid streamId,
        string notFoundName,
        Func<TState, Outcome> decide,
        Func<IResult> accepted) where TState : class =>
        http.Answer(expected => session.Handle(streamId, expected, notFoundName, decide, http.RequestAborted), _ => accepted());

    /// <summary>
    /// A command on the programme stream: 404 for an unknown programme, and when accepted 200 without a body, or
    /// what <paramref name="accepted"/> answers (201 for something the command created).
    /// </summary>
    public static Task<IResult> DecideOnProgramme(this IDocumentSession session, HttpContext http, Guid programmeId,
        Func<Programme, Outcome> decide, Func<IResult>? accepted = null) =>
        session.Decide(http, programmeId, "Programma", decide, accepted ?? (() => Results.Ok()));

    /// <summary>The use case's part of a command on the programme stream (see <see cref="Handle{TState}"/>).</summary>
    public static Task<Handled> HandleOnProgramme(this IDocumentSession session, Guid programmeId, long? expectedVersion,
        Func<Programme, Outcome> decide, CancellationToken ct) =>
        session.Handle(programmeId, expectedVersion, "Programma", decide, ct);

    /// <summary>Commands on a decision or session read the programme's current state to check programme-level rules.</summary>
    public static ValueTask<Programme?> ProgrammeState(this IDocumentSession session, Guid programmeId, CancellationToken ct) =>
        session.Events.FetchLatest<Programme>(programmeId, ct);
}

/// <summary>The API's concurrency convention: ETag and If-Match carry the stream version as a quoted number.</summary>
public static class IfMatch
{
    public static string ETag(long version) => $"\"{version}\"";

    /// <summary>
    /// Reads If-Match (RFC 9110 §13.1.1): absent or <c>*</c> is "any version" (null); <c>"7"</c> is version 7. A weak
    /// tag (<c>W/"7"</c>) is refused, since If-Match compares strongly; so is anything else that is not a version.
    /// </summary>
    public static bool TryRead(HttpRequest request, out long? version)
    {
        version = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header)) return true;
        var trimmed = header.Trim();
        if (trimmed == "*") return true;
        if (trimmed.Length > 2 && trimmed[0] == '"' && trimmed[^1] == '"' && long.TryParse(trimmed[1..^1], out var parsed) && parsed >= 0)
        {
            version = parsed;
            return true;
        }
        return false;
    }

    /// <summary>Answers a GET of a stream-backed document with the stream's version as its ETag, for a later If-Match.</summary>
    public static async Task WriteETag(IQuerySession session, HttpContext http, Guid streamId)
    {
        if (await session.Events.FetchStreamStateAsync(streamId, http.RequestAborted) is { } state)
            http.Response.Headers.ETag = ETag(state.Version);
    }

    public static IResult Malformed() => Results.ValidationProblem(
        new Dictionary<string, string[]> { ["If-Match"] = ["If-Match bevat de versie als getal tussen aanhalingstekens, bijvoorbeeld \"3\", of * voor elke versie; een zwakke tag (W/) kan niet."] },
        title: "De invoer is niet geldig.");
}
