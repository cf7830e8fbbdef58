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
    /// <summary>What was measured of the intended societal effect and what it showed. Answers 204.</summary>
    [WolverinePost("/api/programmes/{programmeId}/effect-measurements", OperationId = "recordEffectMeasured")]
    [RequiresRight(Right.ManageProgramme)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Measured(Guid programmeId, RecordEffectMeasured command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, programme => RecordEffectMeasured.Decide(programme, command, clock.GetCurrentInstant()), Results.NoContent);

    /// <summary>Lessons about the collaboration shared with a wider public: with whom and how. Answers 204.</summary>
    [WolverinePost("/api/programmes/{programmeId}/lessons-shared", OperationId = "recordLessonsShared")]
    [RequiresRight(Right.ManageProgramme)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Shared(Guid programmeId, RecordLessonsShared command, IDocumentSession session, IClock clock, HttpContext http) =>
        session.DecideOnProgramme(http, programmeId, programme => RecordLessonsShared.Decide(programme, command, clock.GetCurrentInstant()), Results.NoContent);
}
