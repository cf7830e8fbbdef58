using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Programmes;

/// <summary>Rec. 10 at the end: the effect measured, and lessons shared with a wider public (004 l. 1432–1434, 1458–1462).</summary>
[Tags("Programma's")]
public static class EffectAndLessonsEndpoints
{
    /// <summary>
    /// Leg vast wat er van het beoogde maatschappelijke effect is gemeten en wat dat liet zien. Antwoordt 204.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/effect-measurements", OperationId = "recordEffectMeasured")]
    [RequiresRight(Right.ManageProgramme)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Measured(Guid programmeId, RecordEffectMeasured command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteMeasured(programmeId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteMeasured(Guid programmeId, RecordEffectMeasured command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, programme => RecordEffectMeasured.Decide(programme, command, clock.GetCurrentInstant()), ct);

    /// <summary>Leg vast dat lessen over de samenwerking breder zijn gedeeld: met wie en hoe. Antwoordt 204.</summary>
    [WolverinePost("/api/programmes/{programmeId}/lessons-shared", OperationId = "recordLessonsShared")]
    [RequiresRight(Right.ManageProgramme)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Shared(Guid programmeId, RecordLessonsShared command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteShared(programmeId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteShared(Guid programmeId, RecordLessonsShared command, IDocumentSession session, IClock clock, long? expectedVersion, CancellationToken ct) =>
        session.HandleOnProgramme(programmeId, expectedVersion, programme => RecordLessonsShared.Decide(programme, command, clock.GetCurrentInstant()), ct);
}
