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
    /// <summary>Capture a lesson learned in a held session. Answers 201 with the lesson's id.</summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/lessons", OperationId = "captureLesson")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid programmeId, Guid sessionId, CaptureLesson command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var lessonId = Guid.CreateVersion7();
        return session.DecideInProgramme<ReflectionSession>(http, programmeId, sessionId, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, _) => CaptureLesson.Decide(reflection, lessonId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/reflection-sessions/{sessionId}", new CreatedId(lessonId)));
    }
}
