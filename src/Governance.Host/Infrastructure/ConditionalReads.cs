using Microsoft.Net.Http.Headers;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Conditional GET (RFC 9110 §13.1.2) for the reads that answer with their stream's version as ETag (a programme, a
/// decision, a reflection session): a GET whose <c>If-None-Match</c> names that ETag (or is <c>*</c>) gets 304 with
/// the ETag and no body, so a client that polls transfers nothing while nothing changed. The endpoint runs as usual;
/// only a request that carries If-None-Match has its answer held back to compare.
/// </summary>
public sealed class ConditionalReads(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var wanted = http.Request.Headers.IfNoneMatch.ToString();
        if (!HttpMethods.IsGet(http.Request.Method) || string.IsNullOrWhiteSpace(wanted) || !http.Request.Path.StartsWithSegments("/api"))
        {
            await next(http);
            return;
        }
        var body = http.Response.Body;
        await using var held = new MemoryStream();
        http.Response.Body = held;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = body;
        }
        var eTag = http.Response.Headers.ETag.ToString();
        if (http.Response.StatusCode == StatusCodes.Status200OK && eTag.Length > 0 && Matches(wanted, eTag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            http.Response.ContentLength = null;
            http.Response.Headers.ContentType = default;
            http.Response.Headers.Remove(Paging.TotalCountHeader);
            return;
        }
        held.Position = 0;
        await held.CopyToAsync(body, http.RequestAborted);
    }

    /// <summary>If-None-Match compares weakly (RFC 9110 §13.1.2): W/"7" matches "7"; * matches any current answer.</summary>
    private static bool Matches(string wanted, string eTag)
    {
        if (wanted.Trim() == "*") return true;
        if (!EntityTagHeaderValue.TryParse(eTag, out var current)) return false;
        return EntityTagHeaderValue.TryParseList(wanted.Split(','), out var tags) && tags.Any(t => t.Compare(current, useStrongComparison: false));
    }
}

public static class ConditionalReadsSetup
{
    public static WebApplication UseConditionalReads(this WebApplication app)
    {
        app.UseMiddleware<ConditionalReads>();
        return app;
    }
}
