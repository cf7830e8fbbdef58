using Governance.Domain.Common;
using Governance.Domain.Partners;
using NodaTime;

namespace Governance.Domain.Programmes;

/// <summary>
/// Rec. 10: record how results are embedded after the programme and which partner owns what ("wie daarna waarvoor
/// verantwoordelijk"). Recording it again replaces the plan.
/// <para>
/// Owners are active partners, never the opdrachtnemer: borging is the opdrachtgever's responsibility "samen met de
/// lijnorganisaties" (004 l. 2187–2189), the staande organisaties share it ("samen met de opdrachtgever zijn jullie
/// hier verantwoordelijk voor", l. 2201–2203), and "het programmateam is niet verantwoordelijk voor de gerichte
/// voortzetting of borging van het programma" — it advises (l. 2215–2219).
/// </para>
/// </summary>
public sealed record RecordBorgingPlan(IReadOnlyList<BorgingItemInput>? Items)
{
    public const int MaxItems = 50;

    public static Outcome Decide(Programme programme, RecordBorgingPlan command, Instant now)
    {
        var items = command.Items ?? [];
        var input = new Check()
            .That(items.Count > 0, "items", "input.required", "Noem minstens één onderwerp in het borgingsplan.")
            .That(items.Count <= MaxItems, "items", "input.too-many", $"Noem maximaal {MaxItems} onderwerpen.")
            .That(items.All(i => !string.IsNullOrWhiteSpace(i.Subject) && i.Subject.Length <= TextLimits.Short && i.OwnerPartnerId is not null),
                "items", "borging.item-complete", "Geef elk onderwerp een omschrijving (maximaal 200 tekens) en een eigenaar.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        foreach (var owner in items.Select(i => i.OwnerPartnerId!.Value).Distinct())
        {
            if (!programme.HasActivePartner(owner))
                return Outcome.Refuse(Refusal.Violates("borging.owner-active",
                    "Kies als eigenaar van elk onderwerp een partner die (nog) deelneemt aan dit programma."));
            if (programme.Partners[owner].Role == PartnerRole.Opdrachtnemer)
                return Outcome.Refuse(Refusal.Violates("borging.owner-not-opdrachtnemer",
                    $"{programme.Partners[owner].OrganisationName} is opdrachtnemer: kies als eigenaar een opdrachtgever of lijnorganisatie. Borging is hun verantwoordelijkheid; het programmateam adviseert."));
        }

        return Outcome.Accept(new BorgingPlanRecorded(programme.Id,
            items.Select(i => new BorgingItem(i.Subject!.Trim(), i.OwnerPartnerId!.Value)).ToList(), now));
    }
}

public sealed record BorgingItemInput(string? Subject, Guid? OwnerPartnerId);
