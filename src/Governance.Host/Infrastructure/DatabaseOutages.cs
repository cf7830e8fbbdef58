using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Governance.Host.Infrastructure;

/// <summary>
/// What the host does while PostgreSQL cannot be reached (docs/operations.md "Database outages"): every request that
/// needs the database fails fast with 503 problem details in Dutch and a <c>Retry-After</c>, logged once as a warning
/// without a stack trace. Nothing is half-written: the events of a request are committed in one transaction or not
/// at all (only when the connection breaks during the commit itself can a client not know which; a retry with the
/// same Idempotency-Key settles that). A 500 stays what it means: a bug.
/// </summary>
public static class DatabaseOutages
{
    /// <summary>Seconds a client is asked to wait before trying again; the host reconnects by itself meanwhile.</summary>
    public const int RetryAfterSeconds = 5;

    public const string Rule = "database.unavailable";

    /// <summary>
    /// True when <paramref name="exception"/> (or anything it wraps — Marten and Wolverine wrap Npgsql's exceptions)
    /// says the database could not be reached or is going away, as opposed to a query that is wrong.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        var pending = new Stack<Exception>();
        pending.Push(exception);
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            switch (e)
            {
                case PostgresException postgres when IsServerGoingAway(postgres.SqlState):
                    return true;
                case PostgresException:
                    // The server answered: the statement itself failed. That is a bug or a rule, not an outage.
                    break;
                // Npgsql raises a plain NpgsqlException for everything below the SQL level: connection refused or
                // reset, a read that broke off, a connect timeout, an exhausted pool.
                case NpgsqlException:
                case SocketException:
                    return true;
            }
            if (e is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions) pending.Push(inner);
            else if (e.InnerException is { } inner)
                pending.Push(inner);
        }
        return false;
    }

    /// <summary>
    /// Class 08 (connection exception), 57P01–57P03 (the server shuts down or is still starting), 53300 (no connection
    /// slot left): states a client gets when it should come back later.
    /// </summary>
    private static bool IsServerGoingAway(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;

    public static Task WriteUnavailable(HttpContext http, string detail)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        return Results.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "De database is tijdelijk niet bereikbaar.",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["rule"] = Rule, ["retryAfterSeconds"] = RetryAfterSeconds })
            .ExecuteAsync(http);
    }

    /// <summary>
    /// Until the store has started (the database was not reachable when the host started), every request but the
    /// health check gets the same 503: nothing can be read or written yet.
    /// </summary>
    public static WebApplication UseDatabaseStartGate(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var startup = http.RequestServices.GetRequiredService<StoreStartup>();
            if (startup.IsReady || http.Request.Path.StartsWithSegments("/health"))
            {
                await next(http);
                return;
            }
            await WriteUnavailable(http,
                $"De toepassing wacht op de database en is zo weer beschikbaar. Probeer het over {RetryAfterSeconds} seconden opnieuw.");
        });
        return app;
    }
}

/// <summary>Turns a database outage anywhere in the request pipeline into the 503 of <see cref="DatabaseOutages"/>.</summary>
public sealed class DatabaseUnavailableHandler(ILogger<DatabaseUnavailableHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!DatabaseOutages.IsDatabaseUnavailable(exception)) return false;

        // Expected while the database is away and not a bug: one line, no stack trace.
        log.LogWarning("Database unreachable during {Method} {Path}: {Reason}",
            http.Request.Method, http.Request.Path.Value, Innermost(exception).Message);
        await DatabaseOutages.WriteUnavailable(http,
            $"Uw verzoek kon niet worden afgerond. Probeer het over {DatabaseOutages.RetryAfterSeconds} seconden opnieuw; met dezelfde Idempotency-Key wordt niets dubbel vastgelegd.");
        return true;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }
}
