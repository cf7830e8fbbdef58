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
    /// <summary>
    /// Agree a follow-up action in a held session: what, who, by when. An owner who is a member is named by
    /// <c>ownerPersonId</c> (their name comes from the register and they are told of the action); someone from outside
    /// the register by name in <c>owner</c>. Answers 201 with the action's id.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/actions", OperationId = "agreeFollowUpAction")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(Guid programmeId, Guid sessionId, AgreeFollowUpAction command, IDocumentSession session, IClock clock, HttpContext http)
    {
        var (picked, notMember) = await ProgrammePeople.NamesOf(session, programmeId, command.OwnerPersonId is { } owner ? [owner] : [], "ownerPersonId", http.RequestAborted);
        if (notMember is not null) return notMember;
        var withName = picked.Count == 1 ? command with { Owner = picked[0] } : command;
        var actionId = Guid.CreateVersion7();
        return await session.DecideInProgramme<ReflectionSession>(http, programmeId, sessionId, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, _) => AgreeFollowUpAction.Decide(reflection, actionId, withName, clock.GetCurrentInstant()),
            () => Results.Created($"/api/programmes/{programmeId}/reflection-sessions/{sessionId}", new CreatedId(actionId)));
    }
}
