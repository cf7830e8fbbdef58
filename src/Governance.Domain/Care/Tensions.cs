using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Care;

/// <summary>
/// Name a tension so it can be used rather than avoided (rec. 8 "Benut spanning en ongemak": "wat maakt het
/// eigenlijk logisch dat die spanning er is, en wat is er dan nu nodig?", 004 l. 2107–2117).
/// </summary>
public sealed record RaiseTension(string Subject, string Description, string RaisedBy, LocalDate? RaisedOn)
{
    public static Outcome Decide(Programme programme, Guid tensionId, RaiseTension command, Instant now)
    {
        var input = new Check()
            .Required("subject", command.Subject, "Het onderwerp van de spanning")
            .Required("description", command.Description, "De beschrijving", TextLimits.Long)
            .Required("raisedBy", command.RaisedBy, "Wie de spanning benoemde")
            .Required("raisedOn", command.RaisedOn, "De datum");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new TensionRaised(programme.Id, tensionId, command.Subject.Trim(), command.Description.Trim(),
            command.RaisedBy.Trim(), command.RaisedOn!.Value, now));
    }
}

/// <summary>The tension was talked about, somewhere, on a day. Also after it was resolved: looking back is allowed.</summary>
public sealed record DiscussTension(string Where, LocalDate? DiscussedOn)
{
    public static Outcome Decide(Programme programme, Guid tensionId, DiscussTension command, Instant now)
    {
        if (!programme.Tensions.ContainsKey(tensionId)) return Outcome.Refuse(TensionRules.Unknown);

        var input = new Check()
            .Required("where", command.Where, "Waar de spanning besproken is")
            .Required("discussedOn", command.DiscussedOn, "De datum");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new TensionDiscussed(programme.Id, tensionId, command.Where.Trim(), command.DiscussedOn!.Value, now));
    }
}

/// <summary>
/// The tension goes to a body of the programme that can decide on it (rec. 5: a place "waar informatie-uitwisseling
/// en besluitvorming plaatsvindt", 004 l. 1149–1151) or, where no body can, to the opdrachtgevers or a named person
/// (<paramref name="EscalatedTo"/>; "dan moet deze georganiseerd worden", 004 l. 1913–1915). Exactly one of the two.
/// Only a tension that is not resolved can be escalated; an escalated one may go on to another body or person.
/// </summary>
public sealed record EscalateTension(Guid? BodyId, LocalDate? EscalatedOn, string? EscalatedTo = null)
{
    public static Outcome Decide(Programme programme, Guid tensionId, EscalateTension command, Instant now)
    {
        if (!programme.Tensions.TryGetValue(tensionId, out var status)) return Outcome.Refuse(TensionRules.Unknown);

        var toPerson = Text.OrNull(command.EscalatedTo);
        var input = new Check()
            .That(command.BodyId is not null || toPerson is not null, "bodyId", "input.required",
                "Kies het overleg, of noem bij wie de spanning is neergelegd (de opdrachtgevers of een persoon).")
            .That(command.BodyId is null || toPerson is null, "bodyId", "tension.escalate-to-one",
                "Schaal op naar een overleg óf naar de opdrachtgevers of een persoon, niet naar beide.")
            .Optional("escalatedTo", command.EscalatedTo, "Bij wie de spanning is neergelegd", TextLimits.Short)
            .Required("escalatedOn", command.EscalatedOn, "De datum");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (status == TensionStatus.Resolved)
            return Outcome.Refuse(Refusal.Violates("tension.unresolved", "Deze spanning is al opgelost. Speelt het opnieuw, leg dan een nieuwe spanning vast."));
        if (toPerson is not null)
            return Outcome.Accept(new TensionEscalatedToPerson(programme.Id, tensionId, toPerson, command.EscalatedOn!.Value, now));
        if (!programme.Bodies.ContainsKey(command.BodyId!.Value))
            return Outcome.Refuse(Refusal.Violates("tension.escalate-to-existing-body", "Kies een overleg van dit programma om naar op te schalen."));

        return Outcome.Accept(new TensionEscalated(programme.Id, tensionId, command.BodyId!.Value, command.EscalatedOn!.Value, now));
    }
}

/// <summary>The tension is resolved, and how. Once.</summary>
public sealed record ResolveTension(string Resolution, LocalDate? ResolvedOn)
{
    public static Outcome Decide(Programme programme, Guid tensionId, ResolveTension command, Instant now)
    {
        if (!programme.Tensions.TryGetValue(tensionId, out var status)) return Outcome.Refuse(TensionRules.Unknown);

        var input = new Check()
            .Required("resolution", command.Resolution, "Hoe de spanning is opgelost", TextLimits.Long)
            .Required("resolvedOn", command.ResolvedOn, "De datum");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (status == TensionStatus.Resolved)
            return Outcome.Refuse(Refusal.Violates("tension.resolved-once", "Deze spanning is al opgelost."));

        return Outcome.Accept(new TensionResolved(programme.Id, tensionId, command.Resolution.Trim(), command.ResolvedOn!.Value, now));
    }
}

public static class TensionRules
{
    /// <summary>The tension named in the route is not one of this programme's: 404 over HTTP, before the input is judged.</summary>
    public static Refusal Unknown { get; } = Refusal.NotFound("tension.exists", "Spanning", "Deze spanning bestaat niet in dit programma.");
}
