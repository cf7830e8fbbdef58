using System.Text.RegularExpressions;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Two writers without If-Match that read the same version of a stream: the first commit wins, and the second
/// fails while committing, after the endpoint has answered (Marten's quick append reports it as PostgreSQL error
/// MT003, other paths as <see cref="ConcurrencyException"/>). That is the same stale write as a stale If-Match, so
/// it gets the same 409 with the current version, never a 500. Nothing of the losing request was committed.
/// </summary>
public sealed partial class ConcurrencyConflicts(IDocumentStore store) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!IsConflict(exception, out var streamId)) return false;

        await using var session = store.QuerySession();
        var current = streamId is { } id ? (await session.Events.FetchStreamStateAsync(id, ct))?.Version ?? 0 : 0;
        await Handled.Stale(current).ToHttp(http, Results.NoContent).ExecuteAsync(http);
        return true;
    }

    private static bool IsConflict(Exception exception, out Guid? streamId)
    {
        streamId = null;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is ConcurrencyException concurrency)
            {
                streamId = concurrency.Id as Guid?;
                return true;
            }
            if (e is PostgresException { MessageText: var text } && text.StartsWith("MT003", StringComparison.Ordinal))
            {
                var match = QuotedGuid().Match(text);
                if (match.Success) streamId = Guid.Parse(match.Groups[1].Value);
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex("'([0-9a-fA-F-]{36})'")]
    private static partial Regex QuotedGuid();
}
