using Governance.Domain.Common;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// Rec. 10: lessons about the collaboration made productive "voor een groter publiek" (004 l. 1458–1462): with whom and how.
/// </summary>
public sealed record RecordLessonsShared(string Audience, string How, LocalDate? SharedOn)
{
    public static Outcome Decide(Programme programme, RecordLessonsShared command, Instant now)
    {
        var input = new Check()
            .Required("audience", command.Audience, "Met wie de lessen zijn gedeeld")
            .Required("how", command.How, "Hoe ze zijn gedeeld", TextLimits.Long)
            .Required("sharedOn", command.SharedOn, "De datum")
            .That(command.SharedOn is not { } on || on <= AmsterdamTime.Today(now), "sharedOn",
                "lessons.not-in-future", "Kies als datum van delen vandaag of een eerdere dag.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new LessonsShared(programme.Id, command.Audience.Trim(), command.How.Trim(), command.SharedOn!.Value, now));
    }
}
