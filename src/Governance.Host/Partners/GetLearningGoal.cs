using Governance.Domain.Access;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Partners;
using Marten;
using Wolverine.Http;

namespace Governance.Host.Partners;

public static class GetLearningGoal
{
    /// <summary>
    /// Eén leerdoel van een partner (hier wijst Location naar na het vastleggen). Met <c>asOf</c> zoals het toen was.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/partners/{partnerId}/learning-goals/{goalId}", OperationId = "getLearningGoal")]
    [RequiresRight(Right.ReadProgramme)]
    [Tags("Partners")]
    [ProducesResponseType<LearningGoalEntry>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, Guid partnerId, Guid goalId, string? asOf, IQuerySession session, HttpContext http)
    {
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var register = await session.AsOf<PartnerRegister>(programmeId, moment, http.RequestAborted);
        if (register is null) return Problems.NotFound("Programma", programmeId);
        if (register.Partners.FirstOrDefault(p => p.PartnerId == partnerId) is not { } partner) return Problems.NotFound("Partner", partnerId);
        return partner.LearningGoals.FirstOrDefault(g => g.GoalId == goalId) is { } goal
            ? Results.Ok(goal)
            : Problems.NotFound("Leerdoel", goalId);
    }
}
