using Governance.Domain.Common;
using Governance.Host.Programmes;

namespace Governance.Host.Infrastructure;

/// <summary>
/// What a use case answers before anyone turns it into HTTP or a page: accepted (the stream's new version and the id of
/// what it created, if anything), or refused with the domain's own refusals. Both ways in take it from the same use
/// case: the API endpoint answers it with <see cref="ToHttp"/> (problem details, ETag, 201/204), a page form with
/// <c>Web.PageCommands.Run</c> (errors per field on the form) — so a page never sees an HTTP answer or an ETag.
/// </summary>
public sealed class Handled
{
    private Handled(IReadOnlyList<Refusal> refusals, Guid? createdId, long? version, long? currentVersion, string? forbidden)
    {
        Refusals = refusals;
        CreatedId = createdId;
        Version = version;
        CurrentVersion = currentVersion;
        Forbidden = forbidden;
    }

    public IReadOnlyList<Refusal> Refusals { get; }

    /// <summary>The id of the stream (decision, session, …) the command started.</summary>
    public Guid? CreatedId { get; }

    /// <summary>The written stream's version after the command (the API's ETag), when one stream was written.</summary>
    public long? Version { get; }

    /// <summary>Set when the caller named a version (If-Match) the stream has moved on from: nothing was decided.</summary>
    public long? CurrentVersion { get; }

    /// <summary>Why the person may not do this here (403), for rights a route cannot express (acting for a partner).</summary>
    public string? Forbidden { get; }

    public bool Accepted => Refusals.Count == 0 && Forbidden is null;

    public static Handled Accept(long? version = null, Guid? createdId = null) => new([], createdId, version, null, null);

    public static Handled Refuse(IReadOnlyList<Refusal> refusals) => new(refusals, null, null, null, null);

    public static Handled Refuse(Refusal refusal) => Refuse([refusal]);

    /// <summary>
    /// The programme, decision or session the route names does not exist (or is another programme's): there is no
    /// state to ask the domain, so the host refuses in the domain's own shape, as not found (404 over HTTP).
    /// </summary>
    public static Handled NotFound(string what, Guid id) => Refuse(Missing(what, id));

    public static Refusal Missing(string what, Guid id) =>
        Refusal.NotFound("route.exists", what, $"Er is geen {what.ToLowerInvariant()} met id {id}.");

    public static Handled Stale(long currentVersion) =>
        new([Refusal.Violates("concurrency.stale-version", "Er is intussen iets gewijzigd. Haal de laatste versie op en probeer het opnieuw.")],
            null, null, currentVersion, null);

    public static Handled ForbiddenBecause(string why) => new([], null, null, null, why);

    /// <summary>An accepted command that created something inside the stream it wrote (a lesson, an action): its id.</summary>
    public Handled Creating(Guid id) => Accepted ? new(Refusals, id, Version, CurrentVersion, Forbidden) : this;

    /// <summary>
    /// The API's answer: 403, or problem details for the refusals (404/400/409; a stale version also carries the current
    /// one as ETag and <c>currentVersion</c>), or <paramref name="accepted"/> with the new version as ETag.
    /// </summary>
    public IResult ToHttp(HttpContext http, Func<IResult> accepted)
    {
        if (Forbidden is { } why)
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Geen toegang.", detail: why);
        if (CurrentVersion is { } current) http.Response.Headers.ETag = IfMatch.ETag(current);
        if (Refusals.Count > 0) return Problems.ToProblem(Refusals, CurrentVersion);
        if (Version is { } version) http.Response.Headers.ETag = IfMatch.ETag(version);
        return accepted();
    }

    /// <summary>An accepted command that created something answers 201 with its id and where to read it.</summary>
    public IResult ToHttpCreated(HttpContext http, Func<Guid, string> location) =>
        ToHttp(http, () => Results.Created(location(CreatedId!.Value), new CreatedId(CreatedId!.Value)));
}

public static class HandledOverHttp
{
    /// <summary>
    /// The API's part of a use case on an existing stream: the If-Match the client sent (400 when malformed) is the
    /// version the use case expects, and its answer is given as <see cref="Handled.ToHttp"/> does.
    /// </summary>
    public static async Task<IResult> Answer(this HttpContext http, Func<long?, Task<Handled>> useCase, Func<Handled, IResult> accepted)
    {
        if (!IfMatch.TryRead(http.Request, out var expectedVersion)) return IfMatch.Malformed();
        var handled = await useCase(expectedVersion);
        return handled.ToHttp(http, () => accepted(handled));
    }
}
