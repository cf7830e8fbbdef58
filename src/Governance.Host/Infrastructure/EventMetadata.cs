using System.Diagnostics;
using Marten;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Wolverine middleware on every writing endpoint: stamps the events a request appends with the request's
/// correlation id, so an audit row leads back to the request (and its log lines) that caused it.
/// </summary>
public static class EventMetadata
{
    public static void Before(HttpContext http, IDocumentSession session)
    {
        session.CorrelationId = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
    }
}
