using Governance.Domain.Access;
using Governance.Domain.Partners;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Partners;

/// <summary>
/// Rec. 2: a partner that no longer shares the opgave — its endorsement withdrawn, or dissent on the opgave recorded
/// and later resolved. Recorded by the partner for itself, or by the opdrachtgever or programme director for any
/// partner (RecordOwnOrganisation, like the endorsement). Each answers 204.
/// </summary>
[Tags("Partners")]
public static class OpgaveStanceEndpoints
{
    /// <summary>De partner trekt zijn onderschrijving van de opgave in (<c>withdrawnOn</c>, <c>reason</c>); 409 <c>endorsement.standing</c> als er geen onderschrijving staat.</summary>
    [WolverinePost("/api/programmes/{programmeId}/partners/{partnerId}/endorsement/withdrawal", OperationId = "withdrawOpgaveEndorsement")]
    [RequiresRight(Right.RecordOwnOrganisation)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Withdraw(Guid programmeId, Guid partnerId, WithdrawOpgaveEndorsement command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteWithdraw(programmeId, partnerId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteWithdraw(Guid programmeId, Guid partnerId, WithdrawOpgaveEndorsement command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, p => WithdrawOpgaveEndorsement.Decide(p, partnerId, command, clock.GetCurrentInstant()), ct);

    /// <summary>De partner deelt de opgave of de ambitie niet (<c>on</c>, <c>reason</c>); 409 <c>dissent.open-once</c> zolang een eerdere onenigheid openstaat.</summary>
    [WolverinePost("/api/programmes/{programmeId}/partners/{partnerId}/opgave-dissent", OperationId = "recordOpgaveDissent")]
    [RequiresRight(Right.RecordOwnOrganisation)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Dissent(Guid programmeId, Guid partnerId, RecordOpgaveDissent command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteDissent(programmeId, partnerId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteDissent(Guid programmeId, Guid partnerId, RecordOpgaveDissent command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, p => RecordOpgaveDissent.Decide(p, partnerId, command, clock.GetCurrentInstant()), ct);

    /// <summary>De onenigheid van de partner over de opgave is opgelost (<c>on</c>, <c>how</c>); 409 <c>dissent.open</c> als er geen openstaat.</summary>
    [WolverinePost("/api/programmes/{programmeId}/partners/{partnerId}/opgave-dissent/resolution", OperationId = "resolveOpgaveDissent")]
    [RequiresRight(Right.RecordOwnOrganisation)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Resolve(Guid programmeId, Guid partnerId, ResolveOpgaveDissent command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteResolve(programmeId, partnerId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteResolve(Guid programmeId, Guid partnerId, ResolveOpgaveDissent command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, p => ResolveOpgaveDissent.Decide(p, partnerId, command, clock.GetCurrentInstant()), ct);
}
