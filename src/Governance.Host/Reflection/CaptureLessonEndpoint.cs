using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Reflection;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection;

public static class CaptureLessonEndpoint
{
    /// <summary>Leg een les vast uit een gehouden reflectiesessie. Antwoordt 201 met het id van de les.</summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/lessons", OperationId = "captureLesson")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid programmeId, Guid sessionId, CaptureLesson command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => Execute(programmeId, sessionId, command, session, clock, expected, http.RequestAborted),
            lesson => Results.Created($"/api/programmes/{programmeId}/reflection-sessions/{sessionId}", new CreatedId(lesson.CreatedId!.Value)));

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static async Task<Handled> Execute(Guid programmeId, Guid sessionId, CaptureLesson command, IDocumentSession session, IClock clock,
        long? expectedVersion, CancellationToken ct)
    {
        var lessonId = Guid.CreateVersion7();
        var handled = await session.HandleInProgramme<ReflectionSession>(programmeId, sessionId, expectedVersion, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, _) => CaptureLesson.Decide(reflection, lessonId, command, clock.GetCurrentInstant()), ct);
        return handled.Creating(lessonId);
    }
}
