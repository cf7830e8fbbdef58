using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Reflection;

/// <summary>A lesson learned in a session that took place.</summary>
public sealed record CaptureLesson(string? Lesson)
{
    public static Outcome Decide(ReflectionSession session, Guid lessonId, CaptureLesson command, Instant now)
    {
        var input = new Check().Required("lesson", command.Lesson, "De les", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (session.RefuseUnlessHeld() is { } notHeld) return Outcome.Refuse(notHeld);

        return Outcome.Accept(new LessonCaptured(session.Id, session.ProgrammeId, lessonId, command.Lesson!.Trim(), now));
    }
}
