using System.Security.Cryptography;
using System.Text;
using Governance.Host.Access;
using Marten;
using NodaTime;
using Npgsql;

namespace Governance.Host.Infrastructure;

/// <summary>
/// The first answer to a write that carried an <c>Idempotency-Key</c>, kept so a retry gets the same answer. The id
/// scopes the key to the person, the method and the path: two people (or two routes) never share a key.
/// </summary>
public sealed class IdempotentResponse
{
    public string Id { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public int StatusCode { get; set; }
    public Dictionary<string, string> Headers { get; set; } = [];
    public string? ContentType { get; set; }
    public byte[] Body { get; set; } = [];
    public Instant RecordedAt { get; set; }
}

/// <summary>
/// The trace a keyed write leaves in the same PostgreSQL transaction as its events (see <see cref="IdempotentCommits"/>):
/// proof that the command was carried out, even when the answer could not be kept afterwards. Same id as the
/// <see cref="IdempotentResponse"/> of the request.
/// </summary>
public sealed class IdempotentCommit
{
    public string Id { get; set; } = "";
    public string RequestHash { get; set; } = "";
    /// <summary>The streams the command appended to, so a retry can point the client at them.</summary>
    public List<Guid> StreamIds { get; set; } = [];
    public Instant RecordedAt { get; set; }
}

/// <summary>
/// Writes the <see cref="IdempotentCommit"/> of a keyed request inside the unit of work that appends its events, so
/// both commit together or not at all. Wolverine opens and commits the endpoint's session itself, so the middleware
/// cannot enlist in that transaction; a Marten session listener can, because it runs inside SaveChanges before the
/// batch is sent. The request it belongs to is found through an async-local claim the middleware sets.
/// </summary>
public sealed class IdempotentCommits : DocumentSessionListenerBase
{
    private static readonly AsyncLocal<Claim?> Current = new();

    /// <summary>A keyed request in progress. <see cref="Written"/> keeps a second save in the same request from writing it again.</summary>
    public sealed class Claim(string id, string requestHash, Instant startedAt)
    {
        public string Id { get; } = id;
        public string RequestHash { get; } = requestHash;
        public Instant StartedAt { get; } = startedAt;
        public bool Written { get; set; }
        public bool Finished { get; set; }
    }

    public static Claim Begin(string id, string requestHash, Instant startedAt) => Current.Value = new Claim(id, requestHash, startedAt);

    public static void End(Claim claim)
    {
        claim.Finished = true;
        if (Current.Value == claim) Current.Value = null;
    }

    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (Current.Value is not { Finished: false, Written: false } claim) return Task.CompletedTask;
        var streams = session.PendingChanges.Streams().Select(s => s.Id).Distinct().ToList();
        // A save without events (a refusal writes nothing; a document-only write) leaves nothing a retry could repeat.
        if (streams.Count == 0) return Task.CompletedTask;
        session.Store(new IdempotentCommit { Id = claim.Id, RequestHash = claim.RequestHash, StreamIds = streams, RecordedAt = claim.StartedAt });
        claim.Written = true;
        return Task.CompletedTask;
    }
}

/// <summary>
/// Safe retries for POST, PUT, PATCH and DELETE (docs/api.md "Idempotency"). A request with an <c>Idempotency-Key</c>
/// header takes a PostgreSQL advisory lock on the key first, so concurrent duplicates queue behind each other
/// instead of both appending; the one that comes second finds the stored answer and gets it back, with the header
/// <c>Idempotent-Replayed: true</c>, without running the command again. The same key with a different body is 422.
/// Only successful answers (2xx) are kept: a refused command (4xx) wrote nothing, so its retry runs again, and a
/// retry after a failure (5xx) runs the command again — unless its events were committed
/// (<see cref="IdempotentCommit"/>, written in the events' own transaction): then the command is never run twice,
/// and a retry that finds the events but no kept answer (the process stopped between the commit and keeping the
/// answer) gets 409 <c>idempotency.answer-lost</c> naming the streams, instead of a second append.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 200;

    /// <summary>The answer headers a retry must see again: where the created thing is and its version.</summary>
    private static readonly string[] KeptHeaders = ["Location", "ETag"];

    public async Task InvokeAsync(HttpContext http, IDocumentStore store, IClock clock)
    {
        var method = http.Request.Method;
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(key) || !(HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method)))
        {
            await next(http);
            return;
        }
        if (key.Length > MaxKeyLength)
        {
            await Results.ValidationProblem(
                new Dictionary<string, string[]> { [Header] = [$"{Header} is maximaal {MaxKeyLength} tekens lang."] },
                title: "De invoer is niet geldig.").ExecuteAsync(http);
            return;
        }

        var person = http.User.PersonIdOf()?.ToString() ?? "anoniem";
        var id = $"{person} {method} {http.Request.Path.Value?.ToLowerInvariant()} {key}";
        var requestHash = await HashBody(http.Request);

        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(http.RequestAborted);
        var lockKey = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0);
        await Execute(connection, "select pg_advisory_lock(@key)", lockKey);
        try
        {
            await using (var query = store.QuerySession())
            {
                if (await query.LoadAsync<IdempotentResponse>(id, http.RequestAborted) is { } earlier)
                {
                    if (earlier.RequestHash != requestHash) await KeyReused().ExecuteAsync(http);
                    else await Replay(http, earlier);
                    return;
                }
                if (await query.LoadAsync<IdempotentCommit>(id, http.RequestAborted) is { } committed)
                {
                    if (committed.RequestHash != requestHash) await KeyReused().ExecuteAsync(http);
                    else await AnswerLost(committed).ExecuteAsync(http);
                    return;
                }
            }

            var original = http.Response.Body;
            using var buffer = new MemoryStream();
            http.Response.Body = buffer;
            var claim = IdempotentCommits.Begin(id, requestHash, clock.GetCurrentInstant());
            try
            {
                await next(http);
            }
            finally
            {
                IdempotentCommits.End(claim);
                http.Response.Body = original;
            }
            // A success is kept before the client gets it: a client that has its answer and retries always finds it.
            // A refusal (4xx: bad input, a stale If-Match, a rule) wrote nothing and is not kept either, so the retry a
            // client makes after correcting its body or fetching the new ETag is carried out (docs/api.md "Idempotency").
            if (http.Response.StatusCode is >= 200 and < 300)
            {
                await using var session = store.LightweightSession();
                session.Store(new IdempotentResponse
                {
                    Id = id,
                    RequestHash = requestHash,
                    StatusCode = http.Response.StatusCode,
                    Headers = KeptHeaders.Where(h => http.Response.Headers.ContainsKey(h)).ToDictionary(h => h, h => http.Response.Headers[h].ToString()),
                    ContentType = http.Response.ContentType,
                    Body = buffer.ToArray(),
                    RecordedAt = clock.GetCurrentInstant(),
                });
                await session.SaveChangesAsync(CancellationToken.None);
            }
            buffer.Position = 0;
            await buffer.CopyToAsync(original, http.RequestAborted);
        }
        finally
        {
            await Execute(connection, "select pg_advisory_unlock(@key)", lockKey);
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, long key)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private static async Task<string> HashBody(HttpRequest request)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexString(hash);
    }

    private static async Task Replay(HttpContext http, IdempotentResponse earlier)
    {
        http.Response.StatusCode = earlier.StatusCode;
        foreach (var (name, value) in earlier.Headers) http.Response.Headers[name] = value;
        if (earlier.ContentType is not null) http.Response.ContentType = earlier.ContentType;
        http.Response.Headers[ReplayedHeader] = "true";
        await http.Response.Body.WriteAsync(earlier.Body, http.RequestAborted);
    }

    private static IResult AnswerLost(IdempotentCommit committed) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Dit verzoek is al uitgevoerd.",
        detail: $"Het eerdere verzoek met deze {Header} is uitgevoerd en vastgelegd, maar het antwoord erop is niet bewaard. "
                + "Er is niets opnieuw vastgelegd. Lees de genoemde gegevens op om het resultaat te zien.",
        extensions: new Dictionary<string, object?> { ["rule"] = "idempotency.answer-lost", ["streamIds"] = committed.StreamIds });

    private static IResult KeyReused() => Results.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "Deze sleutel is al gebruikt.",
        detail: $"De {Header} is eerder gebruikt voor een verzoek met een andere inhoud. Gebruik voor een nieuw verzoek een nieuwe sleutel.",
        extensions: new Dictionary<string, object?> { ["rule"] = "idempotency.key-reused" });
}

public static class Idempotency
{
    public static WebApplicationBuilder AddGovernanceIdempotency(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(opts =>
        {
            opts.Schema.For<IdempotentResponse>();
            opts.Schema.For<IdempotentCommit>();
            opts.Listeners.Add(new IdempotentCommits());
            opts.Schema.For<Exports.CalendarFeedToken>().Index(t => t.PersonId);
        });
        return builder;
    }

    public static WebApplication UseGovernanceIdempotency(this WebApplication app)
    {
        // Bodies are checked first: a malformed retry is refused the same way as the first try, and is never stored.
        app.UseMiddleware<ControlCharacters>();
        app.UseMiddleware<QueryParameters>();
        app.UseMiddleware<JsonBodies>();
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }
}
