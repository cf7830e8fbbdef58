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
    /// Spreek in een gehouden reflectiesessie een vervolgactie af: wat, wie en wanneer klaar. Een eigenaar die lid is,
    /// noem je met <c>ownerPersonId</c> (de naam komt uit het register en die persoon krijgt bericht); iemand van
    /// buiten het register met de naam in <c>owner</c>. Antwoordt 201 met het id van de actie.
    /// </summary>
    [WolverinePost("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/actions", OperationId = "agreeFollowUpAction")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid programmeId, Guid sessionId, AgreeFollowUpAction command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => Execute(programmeId, sessionId, command, session, clock, expected, http.RequestAborted),
            action => Results.Created($"/api/programmes/{programmeId}/reflection-sessions/{sessionId}", new CreatedId(action.CreatedId!.Value)));

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static async Task<Handled> Execute(Guid programmeId, Guid sessionId, AgreeFollowUpAction command, IDocumentSession session, IClock clock,
        long? expectedVersion, CancellationToken ct)
    {
        var (picked, notMember) = await ProgrammePeople.NamesOf(session, programmeId, command.OwnerPersonId is { } owner ? [owner] : [], "ownerPersonId", ct);
        if (notMember is not null) return Handled.Refuse(notMember);
        var withName = picked.Count == 1 ? command with { Owner = picked[0] } : command;
        var actionId = Guid.CreateVersion7();
        var handled = await session.HandleInProgramme<ReflectionSession>(programmeId, sessionId, expectedVersion, "Reflectiesessie", s => s.ProgrammeId,
            (reflection, _) => AgreeFollowUpAction.Decide(reflection, actionId, withName, clock.GetCurrentInstant()), ct);
        return handled.Creating(actionId);
    }
}
