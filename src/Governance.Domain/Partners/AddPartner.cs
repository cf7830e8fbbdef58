using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Partners;

/// <summary>An organisation takes a place in the programme, in one role.</summary>
public sealed record AddPartner(string OrganisationName, Bestuurslaag? Layer, PartnerRole? Role, LocalDate? JoinedOn)
{
    public static Outcome Decide(Programme programme, Guid partnerId, AddPartner command, Instant now)
    {
        var input = new Check()
            .Required("organisationName", command.OrganisationName, "De naam van de organisatie")
            .Required("layer", command.Layer, "De bestuurslaag")
            .Required("role", command.Role, "De rol")
            .Required("joinedOn", command.JoinedOn, "De datum van deelname");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended)
            return Outcome.Refuse(EndedProgramme.Refusal);

        var name = command.OrganisationName.Trim();
        if (programme.Partners.Values.Any(p => p.Active && string.Equals(p.OrganisationName, name, StringComparison.OrdinalIgnoreCase)))
            return Outcome.Refuse(Refusal.Violates("partner.unique", $"{name} neemt al deel aan dit programma; kies een andere organisatie."));

        return Outcome.Accept(new PartnerJoined(programme.Id, partnerId, name, command.Layer!.Value, command.Role!.Value, command.JoinedOn!.Value, now));
    }
}
