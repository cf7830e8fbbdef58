using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Bodies;

/// <summary>
/// The three questions a body answers together up front (004 l. 3214–3226): "In welke sfeer willen we met elkaar
/// samenwerken? Welke succesfactoren zijn daarin belangrijk? (Wat zijn de spelregels?) Wat doen we als het even niet
/// lukt?". Agreeing them again replaces the earlier answers: ground rules may be revisited.
/// </summary>
public sealed record AgreeGroundRules(string Atmosphere, string SuccessFactors, string WhenItFails)
{
    public static Outcome Decide(Programme programme, Guid bodyId, AgreeGroundRules command, Instant now)
    {
        if (!programme.Bodies.ContainsKey(bodyId)) return Outcome.Refuse(BodyRules.Unknown);

        var input = new Check()
            .Required("atmosphere", command.Atmosphere, "De sfeer waarin jullie willen samenwerken", TextLimits.Long)
            .Required("successFactors", command.SuccessFactors, "De succesfactoren en spelregels", TextLimits.Long)
            .Required("whenItFails", command.WhenItFails, "Wat jullie doen als het even niet lukt", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new GroundRulesAgreed(programme.Id, bodyId, command.Atmosphere.Trim(),
            command.SuccessFactors.Trim(), command.WhenItFails.Trim(), now));
    }
}
