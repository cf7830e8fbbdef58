namespace Governance.Host.Infrastructure;

/// <summary>
/// HEAD on an API read answers like its GET without the body (RFC 9110 §9.3.2): the same status and headers —
/// <c>ETag</c>, <c>Content-Type</c>, <c>Content-Length</c>, <c>X-Total-Count</c> — so a client can ask whether a
/// programme, decision or session changed without downloading it. The API's routes are mapped for GET only, so a
/// HEAD request is turned into a GET before routing picks the endpoint (this runs before <c>UseRouting</c>); the body
/// the endpoint writes is counted and dropped. Pages and static files answer HEAD themselves.
/// </summary>
public sealed class HeadRequests(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsHead(http.Request.Method) || !http.Request.Path.StartsWithSegments("/api"))
        {
            await next(http);
            return;
        }
        var body = http.Response.Body;
        await using var counted = new CountingStream();
        http.Request.Method = HttpMethods.Get;
        http.Response.Body = counted;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = body;
            http.Request.Method = HttpMethods.Head;
        }
        // The length the GET's body would have had, unless the endpoint stated it (a file) or there is no body (304).
        if (http.Response.ContentLength is null && counted.Length > 0) http.Response.ContentLength = counted.Length;
    }

    /// <summary>Counts what is written and keeps none of it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) { _length += count; return Task.CompletedTask; }
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default) { _length += buffer.Length; return ValueTask.CompletedTask; }
        public override void Flush() { }
        public override Task FlushAsync(CancellationToken ct) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

public static class HeadRequestsSetup
{
    /// <summary>HEAD as GET without a body for the API; puts routing right after it, so routing sees the GET.</summary>
    public static WebApplication UseHeadRequestsAsGet(this WebApplication app)
    {
        app.UseMiddleware<HeadRequests>();
        app.UseRouting();
        return app;
    }
}
