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

/// <summary>
/// What a partner brings and who acts for it. Each answers with the programme stream's new version as ETag; a
/// partner id that is not in this programme answers 404, a partner that left 409 (<c>partner.active</c>).
/// </summary>
[Tags("Partners")]
public static class PartnerEndpoints
{
    /// <summary>Leg vast dat de partner het programma verlaat.</summary>
    [WolverinePost("/api/programmes/{programmeId}/partners/{partnerId}/departure", OperationId = "recordPartnerDeparture")]
    [RequiresRight(Right.ManagePartners)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Depart(Guid programmeId, Guid partnerId, RecordPartnerDeparture command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => RecordPartnerDeparture.Decide(p, partnerId, command, clock.GetCurrentInstant()));

    /// <summary>Leg het belang van de partner bij het programma en de bijdrage vast (of vervang die).</summary>
    [WolverinePost("/api/programmes/{programmeId}/partners/{partnerId}/interest", OperationId = "recordPartnerInterest")]
    [RequiresRight(Right.RecordOwnOrganisation)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> RecordInterest(Guid programmeId, Guid partnerId, RecordPartnerInterest command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, p => RecordPartnerInterest.Decide(p, partnerId, command, clock.GetCurrentInstant()));

    /// <summary>Leg vast dat de partner de opgave onderschrijft.</summary>
    [WolverinePost("/api/programmes/{programmeId}/partners/{partnerId}/endorsement", OperationId = "endorseOpgave")]
    [RequiresRight(Right.RecordOwnOrganisation)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Endorse(Guid programmeId, Guid partnerId, EndorseOpgave command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteEndorse(programmeId, partnerId, command, session, clock, expected, http.RequestAborted), _ => Results.Ok());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteEndorse(Guid programmeId, Guid partnerId, EndorseOpgave command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, p => EndorseOpgave.Decide(p, partnerId, command, clock.GetCurrentInstant()), ct);

    /// <summary>Noem een persoon die de partner vertegenwoordigt. Antwoordt 201 met het id van de persoon.</summary>
    [WolverinePost("/api/programmes/{programmeId}/partners/{partnerId}/representatives", OperationId = "nameRepresentative")]
    [RequiresRight(Right.ManagePartners)]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> NameRepresentative(Guid programmeId, Guid partnerId, NameRepresentative command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var personId = Guid.CreateVersion7();
        return session.DecideOnProgramme(http, programmeId,
            p => Domain.Partners.NameRepresentative.Decide(p, partnerId, personId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/partners/{partnerId}/representatives/{personId}", new CreatedId(personId)));
    }

    /// <summary>Leg een leerdoel van de partner vast. Antwoordt 201 met het id van het leerdoel.</summary>
    [WolverinePost("/api/programmes/{programmeId}/partners/{partnerId}/learning-goals", OperationId = "setLearningGoal")]
    [RequiresRight(Right.RecordOwnOrganisation)]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> SetLearningGoal(Guid programmeId, Guid partnerId, SetLearningGoal command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var goalId = Guid.CreateVersion7();
        return session.DecideOnProgramme(http, programmeId,
            p => Domain.Partners.SetLearningGoal.Decide(p, partnerId, goalId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/partners/{partnerId}/learning-goals/{goalId}", new CreatedId(goalId)));
    }
}
