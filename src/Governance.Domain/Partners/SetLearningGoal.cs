using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>
/// Rec. 9: a partner's own learning goal — "alle betrokken partijen leerdoelen formuleren" (004 l. 1389–1392),
/// looked back on at the end ("hebben de partijen hun leerdoelen behaald?", rec. 10).
/// </summary>
public sealed record SetLearningGoal(string Goal)
{
    public static Outcome Decide(Programme programme, Guid partnerId, Guid goalId, SetLearningGoal command, Instant now)
    {
        if (programme.UnknownPartner(partnerId) is { } unknown) return Outcome.Refuse(unknown);

        var input = new Check().Required("goal", command.Goal, "Het leerdoel", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (programme.InactivePartner(partnerId) is { } inactive) return Outcome.Refuse(inactive);

        return Outcome.Accept(new LearningGoalSet(programme.Id, partnerId, goalId, command.Goal.Trim(), now));
    }
}
