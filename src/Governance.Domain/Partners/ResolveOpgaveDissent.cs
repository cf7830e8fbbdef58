using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>
/// Rec. 2: a partner's open dissent on the opgave was resolved, and how (a reformulation, an agreement to differ, …).
/// Resolving is not endorsing: whether the partner now endorses the opgave is recorded by <see cref="EndorseOpgave"/>.
/// </summary>
public sealed record ResolveOpgaveDissent(LocalDate? On, string? How)
{
    public static Outcome Decide(Programme programme, Guid partnerId, ResolveOpgaveDissent command, Instant now)
    {
        if (programme.UnknownPartner(partnerId) is { } unknown) return Outcome.Refuse(unknown);

        var since = programme.OpgaveDissents.TryGetValue(partnerId, out var on) ? on : (LocalDate?)null;
        var input = new Check()
            .Required("on", command.On, "De datum")
            .Required("how", command.How, "De oplossing", TextLimits.Long)
            .That(command.On is not { } today || today <= AmsterdamTime.Today(now), "on",
                "dissent.not-in-future", "Het oplossen kan niet in de toekomst liggen.")
            .That(command.On is not { } resolved || since is not { } dissent || resolved >= dissent, "on",
                "dissent.resolved-after-dissent", $"Het oplossen ligt op of na de datum van de onenigheid ({(since is { } s ? Health.HealthContext.Date(s) : "")}).");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (programme.InactivePartner(partnerId) is { } inactive) return Outcome.Refuse(inactive);
        if (since is null)
            return Outcome.Refuse(Refusal.Violates("dissent.open",
                $"Er staat geen onenigheid van {programme.Partners[partnerId].OrganisationName} over de opgave open."));

        return Outcome.Accept(new OpgaveDissentResolved(programme.Id, partnerId, command.On!.Value, command.How!.Trim(), now));
    }
}
