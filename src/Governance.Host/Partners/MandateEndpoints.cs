using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Partners;

/// <summary>Mandates: who may decide what, on which aspects of doorzettingsmacht, granted by an opdrachtgever.</summary>
[Tags("Mandaten")]
public static class MandateEndpoints
{
    /// <summary>Geef een mandaat aan een orgaan of een partner. Antwoordt 201 met het id van het mandaat.</summary>
    [WolverinePost("/api/programmes/{programmeId}/mandates", OperationId = "grantMandate")]
    [RequiresRight(Right.GrantMandates)]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Grant(Guid programmeId, GrantMandate command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var mandateId = Guid.CreateVersion7();
        return session.DecideOnProgramme(http, programmeId,
            p => GrantMandate.Decide(p, mandateId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/mandates/{mandateId}", new CreatedId(mandateId)));
    }

    /// <summary>Trek een mandaat in. Een mandaat dat niet bij dit programma hoort, geeft 404.</summary>
    [WolverinePost("/api/programmes/{programmeId}/mandates/{mandateId}/revocation", OperationId = "revokeMandate")]
    [RequiresRight(Right.GrantMandates)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Revoke(Guid programmeId, Guid mandateId, RevokeMandate command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId,
            p => RevokeMandate.Decide(p, mandateId, command, clock.GetCurrentInstant()));
}
