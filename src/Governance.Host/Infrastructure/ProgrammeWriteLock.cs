using Marten;
using Npgsql;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Writes to one programme are carried out one at a time. A programme's decisions and sessions are streams of their
/// own, but read models such as the programme overview and the health facts gather the events of all of them and are
/// updated inline, in the writer's transaction: two writers on different streams of one programme would each load
/// the same document, each add their own event and each store it — the later commit would drop the other's update
/// (optimistic concurrency guards streams, not projected documents). So every write in a programme first opens its
/// transaction and takes a PostgreSQL transaction-level advisory lock on the programme id; the next writer waits
/// until the first has committed and then loads the document it wrote. The lock ends with the transaction, also
/// when the host dies. Writes to different programmes do not wait for each other.
/// </summary>
public static class ProgrammeWriteLock
{
    /// <summary>The first key of the two-key advisory lock: keeps these locks apart from any other advisory lock.</summary>
    private const int Namespace = 0x474f56; // "GOV"

    public static Task AcquireAsync(IDocumentSession session, Guid programmeId, CancellationToken ct) =>
        AcquireAsync(session, [programmeId], ct);

    /// <summary>Several programmes (a joint session) are locked in one order, so two such writers cannot deadlock.</summary>
    public static async Task AcquireAsync(IDocumentSession session, IEnumerable<Guid> programmeIds, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        foreach (var key in programmeIds.Select(KeyOf).Distinct().Order())
        {
            await using var command = new NpgsqlCommand("select pg_advisory_xact_lock(@ns, @key)", session.Connection);
            command.Parameters.AddWithValue("ns", Namespace);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>32 bits of the id; two programmes sharing a key only wait for each other, nothing more.</summary>
    private static int KeyOf(Guid programmeId)
    {
        var bytes = programmeId.ToByteArray();
        return BitConverter.ToInt32(bytes, 0) ^ BitConverter.ToInt32(bytes, 4) ^ BitConverter.ToInt32(bytes, 8) ^ BitConverter.ToInt32(bytes, 12);
    }

    /// <summary>
    /// Request middleware for every write whose route names a programme — an API endpoint or a page form alike: the
    /// lock is taken on the request's session (<see cref="AttributedSessions"/>) before the endpoint or page reads any
    /// state, so what it decides on is what the previous writer committed, and the same session's commit releases it.
    /// </summary>
    public static WebApplication UseProgrammeWriteLock(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (HttpMethods.IsPost(http.Request.Method) || HttpMethods.IsPut(http.Request.Method)
                || HttpMethods.IsDelete(http.Request.Method) || HttpMethods.IsPatch(http.Request.Method))
            {
                if (Guid.TryParse(http.GetRouteValue("programmeId")?.ToString(), out var programmeId))
                    await AcquireAsync(http.RequestServices.GetRequiredService<IDocumentSession>(), programmeId, http.RequestAborted);
            }
            await next(http);
        });
        return app;
    }
}
