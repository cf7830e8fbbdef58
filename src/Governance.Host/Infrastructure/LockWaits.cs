using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Governance.Host.Infrastructure;

/// <summary>
/// No statement of the host waits for a database lock longer than <c>Governance:Database:LockTimeoutSeconds</c>
/// (default 30). The lock people meet is the per-programme write lock (<see cref="ProgrammeWriteLock"/>): a write
/// waits while another write to the same programme commits, normally milliseconds. Should a write ever hold it far
/// longer, the ones behind it answer 503 with a <c>Retry-After</c> and write nothing, instead of hanging until the
/// client gives up and leaving the person unsure whether it was saved.
/// </summary>
public static class LockWaits
{
    public const string TimeoutKey = "Governance:Database:LockTimeoutSeconds";
    public const int DefaultTimeoutSeconds = 30;
    public const string Rule = "programme.busy";

    /// <summary>PostgreSQL's own <c>lock_timeout</c>, set for every connection through the connection string's startup options.</summary>
    public static string WithLockTimeout(string connectionString, IConfiguration configuration)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("lock_timeout", StringComparison.Ordinal) == true && configuration[TimeoutKey] is null)
            return connectionString;
        var seconds = configuration.GetValue(TimeoutKey, DefaultTimeoutSeconds);
        builder.Options = $"{builder.Options} -c lock_timeout={seconds * 1000}".Trim();
        return builder.ConnectionString;
    }

    /// <summary>55P03 lock_not_available, anywhere in what Marten or Wolverine wrapped.</summary>
    public static bool IsLockTimeout(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable }) return true;
        return false;
    }
}

/// <summary>A write that waited too long for its programme answers 503 in Dutch, logged once as a warning.</summary>
public sealed class LockTimeoutHandler(ILogger<LockTimeoutHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!LockWaits.IsLockTimeout(exception)) return false;

        log.LogWarning("Gave up waiting for a database lock during {Method} {Path}", http.Request.Method, http.Request.Path.Value);
        http.Response.Headers.RetryAfter = DatabaseOutages.RetryAfterSeconds.ToString();
        await Results.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Het programma wordt op dit moment bijgewerkt.",
            detail: $"Een andere wijziging in dit programma duurt langer dan verwacht; uw verzoek is niet uitgevoerd. Probeer het over {DatabaseOutages.RetryAfterSeconds} seconden opnieuw.",
            extensions: new Dictionary<string, object?> { ["rule"] = LockWaits.Rule, ["retryAfterSeconds"] = DatabaseOutages.RetryAfterSeconds })
            .ExecuteAsync(http);
        return true;
    }
}
