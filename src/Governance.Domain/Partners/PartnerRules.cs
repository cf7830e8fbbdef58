using Governance.Domain.Common;
using Governance.Domain.Programmes;

namespace Governance.Domain.Partners;

/// <summary>Refusals that the commands on a partner named in the route share.</summary>
public static class PartnerRules
{
    /// <summary>The partner named in the route is not (and never was) a partner of this programme: 404.</summary>
    public static Refusal? UnknownPartner(this Programme programme, Guid partnerId) =>
        programme.Partners.ContainsKey(partnerId)
            ? null
            : Refusal.NotFound("partner.not-found", "Partner", $"Er is geen partner met id {partnerId} in dit programma.");

    /// <summary>A partner that left takes no new commitments in the programme.</summary>
    public static Refusal? InactivePartner(this Programme programme, Guid partnerId) =>
        programme.HasActivePartner(partnerId)
            ? null
            : Refusal.Violates("partner.active", $"{programme.Partners[partnerId].OrganisationName} neemt niet meer deel aan dit programma.");
}
