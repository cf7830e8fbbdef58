using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Health;

/// <summary>
/// The opdrachtgever sets the thresholds of the health rules for one programme. The whole set is replaced: a value
/// left out goes back to its documented default (docs/health-indicators.md).
/// </summary>
public sealed record ChangeHealthThresholds(HealthThresholds? Thresholds, string Reason)
{
    public static Outcome Decide(Programme programme, ChangeHealthThresholds command, Instant now)
    {
        var check = new Check()
            .That(command.Thresholds is not null, "thresholds", "input.required", "De drempelwaarden zijn verplicht.")
            .Required("reason", command.Reason, "De reden", TextLimits.Long);
        if (command.Thresholds is { } thresholds)
            foreach (var refusal in thresholds.Validate())
                check.That(false, refusal.Field!, refusal.Rule, refusal.Message);

        return check.Then(() => programme.Ended
            ? Outcome.Refuse(Refusal.Violates("programme.ended", "Dit programma is beëindigd; de drempelwaarden liggen vast."))
            : Outcome.Accept(new HealthThresholdsChanged(programme.Id, command.Thresholds!, command.Reason.Trim(), now)));
    }
}
