using Governance.Domain.Common;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Bodies;

/// <summary>A partner of the programme takes a seat in a body (rec. 5: "een plek aan tafel", 004 l. 1149–1151).</summary>
public sealed record AddBodyMember(Guid? PartnerId)
{
    public static Outcome Decide(Programme programme, Guid bodyId, AddBodyMember command, Instant now)
    {
        if (!programme.Bodies.TryGetValue(bodyId, out var body)) return Outcome.Refuse(BodyRules.Unknown);

        var input = new Check().Required("partnerId", command.PartnerId, "De partner");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        var partnerId = command.PartnerId!.Value;
        if (!programme.HasActivePartner(partnerId))
            return Outcome.Refuse(Refusal.Violates("body.member-is-active-partner",
                "Kies een partner die (nog) deelneemt aan dit programma: alleen die kan lid worden van een overleg."));
        if (body.Members.Contains(partnerId))
            return Outcome.Refuse(Refusal.Violates("body.member-once",
                $"Deze partner is al lid van {body.Name}."));

        return Outcome.Accept(new BodyMemberAdded(programme.Id, bodyId, partnerId, now));
    }
}

/// <summary>A partner leaves its seat in a body.</summary>
public static class RemoveBodyMember
{
    public static Outcome Decide(Programme programme, Guid bodyId, Guid partnerId, Instant now)
    {
        if (!programme.Bodies.TryGetValue(bodyId, out var body)) return Outcome.Refuse(BodyRules.Unknown);
        if (programme.UnknownPartner(partnerId) is { } unknownPartner) return Outcome.Refuse(unknownPartner);
        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (!body.Members.Contains(partnerId))
            return Outcome.Refuse(Refusal.Violates("body.not-a-member", $"Kies een partner die lid is van {body.Name}."));

        return Outcome.Accept(new BodyMemberRemoved(programme.Id, bodyId, partnerId, now));
    }
}

public static class BodyRules
{
    /// <summary>The body named in the route is not one of this programme's: 404 over HTTP, before the input is judged.</summary>
    public static Refusal Unknown { get; } = Refusal.NotFound("body.exists", "Overleg", "Dit overleg bestaat niet in dit programma.");
}
