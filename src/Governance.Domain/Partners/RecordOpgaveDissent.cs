using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>
/// Rec. 2: a partner does not share the opgave or its ambition, with its reason. "Denk niet te snel: we zullen we het
/// wel over hetzelfde hebben" (004 l. 1001–1003): a differing view is recorded so it can be talked about, not hidden
/// behind a missing endorsement. It ends a standing endorsement and stays open until resolved
/// (<see cref="ResolveOpgaveDissent"/>) or the partner endorses again; one open dissent per partner at a time.
/// </summary>
public sealed record RecordOpgaveDissent(LocalDate? On, string? Reason)
{
    public static Outcome Decide(Programme programme, Guid partnerId, RecordOpgaveDissent command, Instant now)
    {
        if (programme.UnknownPartner(partnerId) is { } unknown) return Outcome.Refuse(unknown);

        var input = new Check()
            .Required("on", command.On, "De datum")
            .Required("reason", command.Reason, "De reden", TextLimits.Long)
            .That(command.On is not { } on || on <= AmsterdamTime.Today(now), "on",
                "dissent.not-in-future", "Onenigheid kan niet in de toekomst liggen.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (programme.InactivePartner(partnerId) is { } inactive) return Outcome.Refuse(inactive);
        if (!programme.OpgaveIsFormulated)
            return Outcome.Refuse(Refusal.Violates("opgave.formulated",
                "De opgave is nog niet geformuleerd; er is nog niets om het over oneens te zijn."));
        if (programme.OpgaveDissents.TryGetValue(partnerId, out var since))
            return Outcome.Refuse(Refusal.Violates("dissent.open-once",
                $"De onenigheid van {programme.Partners[partnerId].OrganisationName} sinds {Health.HealthContext.Date(since)} staat nog open; leg eerst vast hoe die is opgelost."));

        return Outcome.Accept(new OpgaveDissentRecorded(programme.Id, partnerId, command.On!.Value, command.Reason!.Trim(), now));
    }
}
