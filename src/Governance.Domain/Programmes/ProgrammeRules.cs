using Governance.Domain.Common;
using Governance.Domain.Partners;

namespace Governance.Domain.Programmes;

/// <summary>Refusals that many commands on the programme stream share.</summary>
public static class ProgrammeRules
{
    /// <summary>
    /// Every command on an ended programme is refused: its record is closed evidence (docs/domain-rules.md,
    /// <c>programme.ended</c>).
    /// </summary>
    public static Refusal Ended { get; } =
        Refusal.Violates("programme.ended", "Dit programma is beëindigd; er kan niets meer aan worden gewijzigd.");

    /// <summary>The partner named in the route is not (and never was) a partner of this programme: 404.</summary>
    public static Refusal? UnknownPartner(this Programme programme, Guid partnerId) =>
        programme.Partners.ContainsKey(partnerId)
            ? null
            : Refusal.NotFound("partner.not-found", $"Er is geen partner met id {partnerId} in dit programma.");

    /// <summary>A partner that left takes no new commitments in the programme.</summary>
    public static Refusal? InactivePartner(this Programme programme, Guid partnerId) =>
        programme.HasActivePartner(partnerId)
            ? null
            : Refusal.Violates("partner.active", $"{programme.Partners[partnerId].OrganisationName} neemt niet meer deel aan dit programma.");
}
