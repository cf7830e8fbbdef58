using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>
/// Grant a body or a partner the authority to decide on a scope, on named aspects of doorzettingsmacht (rec. 5;
/// "indien hiervoor mandaat aan het programma is gegeven", 004 l. 4530–4536). An opdrachtgever grants it: the
/// mandate is theirs to give. Without <see cref="ValidUntil"/> it holds until revoked. When the source does not say on
/// which aspects, <see cref="AspectsUnknown"/> records that explicitly (an empty list stays a refusal, so a forgotten
/// field is not taken for "onbekend").
/// </summary>
public sealed record GrantMandate(
    Guid? HolderId,
    Guid? GrantedByPartnerId,
    string Scope,
    IReadOnlyList<DoorzettingsAspect>? Aspects,
    LocalDate? ValidFrom,
    LocalDate? ValidUntil)
{
    /// <summary>True when it is not known on which aspects of doorzettingsmacht the mandate holds ("onbekend").</summary>
    public bool AspectsUnknown { get; init; }

    public static Outcome Decide(Programme programme, Guid mandateId, GrantMandate command, Instant now)
    {
        var aspects = command.Aspects ?? [];
        var input = new Check()
            .Required("holderId", command.HolderId, "De houder van het mandaat")
            .Required("grantedByPartnerId", command.GrantedByPartnerId, "De partner die het mandaat verleent")
            .Required("scope", command.Scope, "De reikwijdte", TextLimits.Long)
            .That(aspects.Count > 0 || command.AspectsUnknown, "aspects", "mandate.aspects",
                "Een mandaat dekt minstens één aspect van doorzettingsmacht; kies de aspecten, of geef aan dat ze onbekend zijn.")
            .That(aspects.Count == 0 || !command.AspectsUnknown, "aspects", "mandate.aspects-or-unknown",
                "Kies de aspecten óf geef aan dat ze onbekend zijn, niet allebei.")
            .That(aspects.All(Enum.IsDefined), "aspects", "input.unknown-value", "Onbekend aspect van doorzettingsmacht.")
            .Required("validFrom", command.ValidFrom, "De ingangsdatum")
            .That(command.ValidFrom is null || command.ValidUntil is null || command.ValidUntil > command.ValidFrom,
                "validUntil", "mandate.until-after-from", "De einddatum van het mandaat ligt na de ingangsdatum.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        var holder = command.HolderId!.Value;
        if (!programme.Bodies.ContainsKey(holder) && !programme.HasActivePartner(holder))
            return Outcome.Refuse(Refusal.Violates("mandate.holder-exists",
                "De houder van een mandaat is een overleg van dit programma of een partner die eraan deelneemt."));

        if (!programme.HasActivePartnerInRole(command.GrantedByPartnerId!.Value, PartnerRole.Opdrachtgever))
            return Outcome.Refuse(Refusal.Violates("mandate.granted-by-opdrachtgever",
                "Een mandaat wordt verleend door een opdrachtgever die aan dit programma deelneemt."));

        return Outcome.Accept(new MandateGranted(programme.Id, mandateId, holder, command.GrantedByPartnerId.Value,
            command.Scope.Trim(), command.AspectsUnknown ? null : aspects.Distinct().Order().ToList(), command.ValidFrom!.Value, command.ValidUntil, now));
    }
}
