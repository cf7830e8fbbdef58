using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Domain.Reflection;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection;

public static class AgreeFollowUpActionEndpoint
{
    /// <summary>Agree a follow-up action in a held session: what, who, by when. Answers 201 with the action's id.</summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/actions", OperationId = "agreeFollowUpAction")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static Task<IResult> Post(Guid programmeId, Guid sessionId, AgreeFollowUpAction command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var actionId = Guid.CreateVersion7();
        return session.DecideInProgramme<ReflectionSession>(http, programmeId, sessionId, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, _) => AgreeFollowUpAction.Decide(reflection, actionId, command, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/reflection-sessions/{sessionId}", new CreatedId(actionId)));
    }
}
