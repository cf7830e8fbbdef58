using System.Diagnostics;
using Governance.Projections.Audit;
using Marten;

namespace Governance.Host.Access;

/// <summary>
/// Wolverine middleware on every writing endpoint: stamps the events a request appends with who did it (the person
/// and their organisation) and the request's correlation id, so an audit row leads back to the person and the
/// request (and its log lines) that caused it.
/// </summary>
public static class EventMetadata
{
    public const string PersonIdHeader = "personId";

    public static void Before(HttpContext http, IDocumentSession session)
    {
        session.CorrelationId = Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
        if (http.User.PersonIdOf() is { } personId)
        {
            session.LastModifiedBy = http.User.Identity?.Name;
            session.SetHeader(PersonIdHeader, personId.ToString());
            session.SetHeader(AuditTrailProjection.OrganisationHeader, http.User.FindFirst(GovernanceClaims.Organisation)?.Value ?? "");
        }
    }
}
